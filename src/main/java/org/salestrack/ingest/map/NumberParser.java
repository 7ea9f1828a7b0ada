package org.salestrack.ingest.map;

import java.math.BigDecimal;

/**
 * Reads numbers as people type them into exports: thousands separators, a decimal comma, currency
 * signs, percentages, accounting negatives "(12.50)", full-width digits and the Chinese units 万 and 亿.
 */
public final class NumberParser {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberParser() {}

    /** @throws BadNumberException (a NumberFormatException) with a reason a user understands */
    public static BigDecimal parse(String raw, char decimal) {
        BigDecimal plain = plain(raw, decimal);
        if (plain != null) return plain;
        String s = fullWidthToAscii(raw).strip();
        if (s.isEmpty()) throw new BadNumberException("import.reason.number_empty");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        BigDecimal scale = BigDecimal.ONE;
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith("元")) s = s.substring(0, s.length() - 1).strip();
        if (s.endsWith("万")) {
            scale = WAN;
            s = s.substring(0, s.length() - 1).strip();
        } else if (s.endsWith("亿")) {
            scale = YI;
            s = s.substring(0, s.length() - 1).strip();
        }
        StringBuilder b = new StringBuilder(s.length());
        char thousands = decimal == ',' ? '.' : ',';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') b.append(c);
            else if (c == decimal) b.append('.');
            else if (c == '-' || c == '+') {
                if (b.length() > 0) throw new BadNumberException("import.reason.number_sign");
                if (c == '-') negative = !negative;
            } else if (c == thousands || c == ' ' || c == '\u00a0' || c == '\'' || c == '_') {
                continue;
            } else if (isCurrency(c)) {
                continue;
            } else if ((c == 'e' || c == 'E') && b.length() > 0 && i + 1 < s.length()) {
                b.append('E');
                String rest = s.substring(i + 1);
                if (!rest.matches("[+-]?\\d+")) throw new BadNumberException("import.reason.number_invalid");
                b.append(rest);
                break;
            } else if (Character.isLetter(c) && isCurrencyCode(s, i)) {
                i += 2;
            } else {
                throw new BadNumberException("import.reason.number_character", c);
            }
        }
        if (b.length() == 0 || b.toString().equals(".")) throw new BadNumberException("import.reason.number_no_digits");
        BigDecimal v;
        try {
            v = new BigDecimal(b.toString());
        } catch (NumberFormatException e) {
            throw new BadNumberException("import.reason.number_invalid");
        }
        v = v.multiply(scale);
        if (percent) v = v.divide(HUNDRED);
        return negative ? v.negate() : v;
    }

    /**
     * "-1234.50" and the like (an optional minus, up to 17 digits, the profile's decimal mark followed by
     * digits) read without building text or parsing twice; the same value and scale as the general path.
     * Null for anything else.
     */
    private static BigDecimal plain(String s, char decimal) {
        int n = s.length();
        if (n == 0 || n > 18) return null;
        int i = s.charAt(0) == '-' ? 1 : 0;
        long v = 0;
        int digits = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                digits++;
                if (scale >= 0) scale++;
            } else if (c == decimal && scale < 0 && digits > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0) return null;
        return BigDecimal.valueOf(s.charAt(0) == '-' ? -v : v, Math.max(scale, 0));
    }

    private static boolean isCurrency(char c) {
        return c == '¥' || c == '￥' || c == '$' || c == '€' || c == '£';
    }

    private static boolean isCurrencyCode(String s, int i) {
        if (i + 3 > s.length()) return false;
        String code = s.substring(i, i + 3).toUpperCase();
        return code.equals("RMB") || code.equals("CNY") || code.equals("USD") || code.equals("EUR") || code.equals("HKD");
    }

    static String fullWidthToAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '￥') {
                if (b == null) b = new StringBuilder(s.substring(0, i));
                b.append((char) (c - 0xFEE0));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
