package org.salestrack.ui.audit;

import org.salestrack.ui.I18n;

/** An audit action in the reader's language; an action this version does not know (a newer app's) shows as written. */
final class AuditLabels {
    private AuditLabels() {}

    static String action(I18n i18n, String action) {
        String key = switch (action) {
            case "import" -> "audit.action.import";
            case "undo" -> "audit.action.undo";
            case "validate" -> "audit.action.validate";
            case "review" -> "audit.action.review";
            case "rule-change" -> "audit.action.rule_change";
            case "edit" -> "audit.action.edit";
            case "export" -> "audit.action.export";
            case "forecast" -> "audit.action.forecast";
            case "restore" -> "audit.action.restore";
            case "encrypt" -> "audit.action.encrypt";
            case "decrypt" -> "audit.action.decrypt";
            case "rekey" -> "audit.action.rekey";
            default -> null;
        };
        return key == null ? action : i18n.get(key);
    }
}
