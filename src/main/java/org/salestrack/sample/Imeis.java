package org.salestrack.sample;

import java.util.HashMap;
import java.util.Map;

/**
 * Issues IMEIs: the model's 8-digit TAC, a 6-digit serial that counts up per TAC (so every IMEI is
 * unique) and the Luhn check digit.
 */
final class Imeis {
    private final Map<String, Integer> nextSerial = new HashMap<>();
    private final int firstSerial;

    Imeis(int firstSerial) { this.firstSerial = firstSerial; }

    String next(Product p) {
        int serial = nextSerial.merge(p.tac(), 1, Integer::sum) - 1 + firstSerial;
        if (serial > 999_999) throw new IllegalStateException("IMEI serials exhausted for TAC " + p.tac());
        String body = p.tac() + String.format("%06d", serial);
        return body + checkDigit(body);
    }

    /** The Luhn check digit for the 14 digits before it. */
    static int checkDigit(String body14) {
        int sum = 0;
        for (int i = 0; i < body14.length(); i++) {
            int d = body14.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** True for a 15-digit string whose last digit is its Luhn check digit. */
    static boolean valid(String imei) {
        if (imei == null || !imei.matches("\\d{15}")) return false;
        return checkDigit(imei.substring(0, 14)) == imei.charAt(14) - '0';
    }
}
