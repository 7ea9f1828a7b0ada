package org.salestrack.store.dealer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.salestrack.model.Money;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The workspace's dealer grade and rebate rules: the brief's defaults until someone changes them; every change is audited. */
public final class GradeRuleStore {
    static final String SUBJECT = "dealer-grade-rules";

    private final Workspace workspace;

    public GradeRuleStore(Workspace workspace) { this.workspace = workspace; }

    public GradeRules load() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT a_sales_e4, a_growth, a_nps, a_resolved, "
                + "b_coverage, rate_a, rate_b, rate_c, excess_rate, digital_rate FROM dealer_grade_rules WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return GradeRules.DEFAULTS;
            return new GradeRules(Money.ofE4(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                    new BigDecimal(rs.getString(6)), new BigDecimal(rs.getString(7)), new BigDecimal(rs.getString(8)),
                    new BigDecimal(rs.getString(9)), new BigDecimal(rs.getString(10)));
        } catch (SQLException e) {
            throw new StoreException("cannot read the dealer grade rules", e);
        }
    }

    /** Saves the rules and writes the change (old and new) to the audit log in the same transaction. */
    public void save(GradeRules rules) {
        GradeRules before = load();
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO dealer_grade_rules(id, a_sales_e4, a_growth, a_nps, "
                    + "a_resolved, b_coverage, rate_a, rate_b, rate_c, excess_rate, digital_rate) VALUES (1,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, Money.toE4(rules.aSalesYuan()));
                ps.setDouble(2, rules.aGrowth());
                ps.setDouble(3, rules.aNps());
                ps.setDouble(4, rules.aResolved48h());
                ps.setDouble(5, rules.bCoverage());
                ps.setString(6, rules.rateA().toPlainString());
                ps.setString(7, rules.rateB().toPlainString());
                ps.setString(8, rules.rateC().toPlainString());
                ps.setString(9, rules.excessRate().toPlainString());
                ps.setString(10, rules.digitalRate().toPlainString());
                ps.executeUpdate();
            }
            AuditLog.record(c, "rule-change", SUBJECT, "from " + describe(before) + " to " + describe(rules));
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot save the dealer grade rules", e);
        }
    }

    static String describe(GradeRules r) {
        return "{A: sales > " + r.aSalesYuan().toPlainString() + ", growth >= " + r.aGrowth() + ", NPS >= " + r.aNps() + ", 48h >= "
                + r.aResolved48h() + "; B: coverage >= " + r.bCoverage() + "; rates A " + r.rateA().toPlainString() + " B "
                + r.rateB().toPlainString() + " C " + r.rateC().toPlainString() + ", excess " + r.excessRate().toPlainString()
                + ", digital " + r.digitalRate().toPlainString() + "}";
    }
}
