package org.salestrack.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salestrack.model.AuditEntry;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;

/**
 * An audit entry's subject and detail in the reader's language. The log is append-only and hashed, so its
 * text stays as it was written (English, with record kinds as ids); the screen reads the fields back out of
 * the entries the app itself writes (imports, undos, validations, reviews) and shows them through the bundles.
 * Text of any other shape, or from a newer app, shows as written.
 */
final class AuditText {
    private static final Pattern BATCH = Pattern.compile("batch ([0-9][0-9,]*)");
    private static final Pattern ISSUE = Pattern.compile("issue (\\d+)");
    private static final Pattern ISSUES = Pattern.compile("(\\d+) issues");
    private static final Pattern IMPORTED = Pattern.compile("([a-z_]+): (\\d+) stored, (\\d+) quarantined, (\\d+) duplicate");
    private static final Pattern UNDONE = Pattern.compile("(.+): (\\d+) rows removed");
    private static final Pattern VALIDATED = Pattern.compile("(\\d+) open issues, (\\d+) already reviewed");
    private static final Pattern REVIEWED = Pattern.compile("(open|accepted|rejected) (\\d+) issue\\(s\\)(?:: (.*))?", Pattern.DOTALL);

    private AuditText() {}

    static String subject(I18n i18n, AuditEntry e) {
        String s = e.subject();
        if (s == null) return "";
        Matcher m;
        if ((m = BATCH.matcher(s)).matches()) {
            List<Long> ids = ids(m.group(1));
            return ids.size() == 1 ? i18n.get("audit.subject.batch", String.valueOf(ids.get(0))) : i18n.get("audit.subject.batches", ranges(ids));
        }
        if (s.equals("all batches")) return i18n.get("audit.subject.all.batches");
        if ((m = ISSUE.matcher(s)).matches()) return i18n.get("audit.subject.issue", m.group(1));
        if ((m = ISSUES.matcher(s)).matches()) return i18n.get("audit.subject.issues", Format.units(Long.parseLong(m.group(1)), i18n.locale()));
        return s;
    }

    static String detail(I18n i18n, AuditEntry e) {
        String d = e.detail();
        if (d == null) return "";
        Matcher m;
        switch (e.action()) {
            case "import" -> {
                if ((m = IMPORTED.matcher(d)).matches()) return i18n.get("audit.detail.import", kind(i18n, m.group(1)), n(i18n, m.group(2)),
                        n(i18n, m.group(3)), n(i18n, m.group(4)));
            }
            case "undo" -> {
                if ((m = UNDONE.matcher(d)).matches()) return i18n.get("audit.detail.undo", m.group(1), n(i18n, m.group(2)));
            }
            case "validate" -> {
                if ((m = VALIDATED.matcher(d)).matches()) return i18n.get("audit.detail.validate", n(i18n, m.group(1)), n(i18n, m.group(2)));
            }
            case "review" -> {
                if ((m = REVIEWED.matcher(d)).matches()) {
                    String what = i18n.get("audit.detail.review", i18n.get("quality.status." + m.group(1)), n(i18n, m.group(2)));
                    return m.group(3) == null ? what : what + i18n.get("audit.detail.comment", m.group(3));
                }
            }
            // WorkspaceCipher writes these three as fixed texts
            case "encrypt" -> {
                if (d.startsWith("encrypted")) return i18n.get("audit.detail.encrypt");
            }
            case "decrypt" -> {
                if (d.startsWith("decrypted")) return i18n.get("audit.detail.decrypt");
            }
            case "rekey" -> {
                if (d.startsWith("passphrase changed")) return i18n.get("audit.detail.rekey");
            }
            default -> { }
        }
        return d;
    }

    /** The record kind's name as the Import screen gives it; an unknown id as written. */
    private static String kind(I18n i18n, String id) { return i18n.has("kind." + id) ? i18n.get("kind." + id) : id; }

    private static String n(I18n i18n, String digits) { return Format.units(Long.parseLong(digits), i18n.locale()); }

    private static List<Long> ids(String list) {
        List<Long> out = new ArrayList<>();
        for (String p : list.split(",")) if (!p.isEmpty()) out.add(Long.parseLong(p));
        java.util.Collections.sort(out);
        return out;
    }

    /** 1,2,3,5 -> "1–3, 5": a validation of every batch listed 143 numbers. */
    static String ranges(List<Long> ids) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) j++;
            if (b.length() > 0) b.append(", ");
            b.append(ids.get(i));
            if (j > i) b.append(j == i + 1 ? ", " : "–").append(ids.get(j));
            i = j + 1;
        }
        return b.toString();
    }
}
