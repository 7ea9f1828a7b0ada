package org.salestrack.validate;

/** The IMEI format: 15 decimal digits, the last a Luhn check digit over the first 14. */
final class Imei {
    private Imei() {}

    static boolean isValid(String imei) {
        return imei.length() == 15 && allDigits(imei) && checkDigit(imei) == imei.charAt(14) - '0';
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return !s.isEmpty();
    }

    /** The Luhn check digit for the first 14 digits of {@code imei}. */
    static int checkDigit(String imei) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int d = imei.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
