package org.salestrack.model;

import java.util.Locale;

public enum SaleStatus {
    PAID, REFUNDED, CANCELLED;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static SaleStatus parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "paid", "completed", "complete", "done", "已付款", "已完成", "交易成功", "已支付" -> PAID;
            case "refunded", "refund", "returned", "已退款", "退款", "退货" -> REFUNDED;
            case "cancelled", "canceled", "void", "已取消", "取消", "交易关闭" -> CANCELLED;
            default -> throw new IllegalArgumentException("unknown order status '" + text + "'");
        };
    }
}
