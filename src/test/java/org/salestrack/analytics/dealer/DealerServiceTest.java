package org.salestrack.analytics.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.store.Workspace;

/** The service over an imported workspace: the store's figures, the saved and audited rules. */
class DealerServiceTest {
    @TempDir
    Path tmp;

    private static DealerRow row(DealerBoard b, String code) {
        return b.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theImportedFiguresMakeTheKnownScorecards() {
        DealerService s = new DealerService(DealerWorkspace.create(tmp));
        DealerBoard b = s.board(DealerPeriod.parse("2025-Q3"));
        assertThat(b.rows()).extracting(DealerRow::code).containsExactly("D001", "D002");
        DealerRow d1 = row(b, "D001");
        assertThat(d1.card().dealer().digitalTools()).isTrue();
        assertThat(d1.card().salesE4()).isEqualTo(10_000_000_000L);
        assertThat(d1.card().sellOutQty()).isEqualTo(1200);
        assertThat(d1.card().sellInE4()).isEqualTo(10_660_000_000L);
        assertThat(d1.card().stockQty()).isEqualTo(300);
        assertThat(d1.card().weeksCover()).isCloseTo(300 / (1200 / (92 / 7.0)), within(1e-9));
        assertThat(d1.card().targetE4()).isEqualTo(9_000_000_000L);
        assertThat(d1.card().growthYear()).isCloseTo(0.25, within(1e-12));
        assertThat(d1.card().coverage().covered()).hasSize(4);
        assertThat(d1.card().coverage().territory()).containsExactlyInAnyOrder("广州", "深圳", "东莞", "佛山");
        assertThat(d1.card().nps()).isCloseTo(90, within(1e-9));
        assertThat(d1.card().resolved48h()).isCloseTo(0.95, within(1e-9));
        assertThat(d1.grade()).isEqualTo(Grade.B);
        assertThat(d1.rebate().total()).isEqualByComparingTo("68000.00");
        DealerRow d2 = row(b, "D002");
        assertThat(d2.card().coverage().share()).isEqualTo(0.25);
        assertThat(d2.card().growthYear()).isNull();
        assertThat(d2.grade()).isEqualTo(Grade.C);
        assertThat(d2.rebate().total()).isEqualByComparingTo("2000.00");
        assertThat(b.history().get("D001")).containsEntry("2025-Q2", Grade.C).containsEntry("2025-Q3", Grade.B);
        assertThat(b.migration()[Grade.C.ordinal()][Grade.B.ordinal()]).isEqualTo(1);
        assertThat(b.migration()[Grade.B.ordinal()][Grade.C.ordinal()]).isEqualTo(1);
    }

    @Test
    void savedRulesRegradeAndAreAudited() throws Exception {
        Workspace ws = DealerWorkspace.create(tmp);
        DealerService s = new DealerService(ws);
        assertThat(s.rules()).isEqualTo(GradeRules.DEFAULTS);
        GradeRules d = GradeRules.DEFAULTS;
        GradeRules low = new GradeRules(new BigDecimal("3000000"), d.aGrowth(), d.aNps(), d.aResolved48h(), d.bCoverage(), d.rateA(),
                d.rateB(), d.rateC(), d.excessRate(), d.digitalRate());
        s.saveRules(low);
        assertThat(new DealerService(ws).rules()).isEqualTo(low);
        DealerRow d1 = row(new DealerService(ws).board(DealerPeriod.parse("2025-Q3")), "D001");
        // annualised 4,000,000.00 > 3,000,000.00: A, 5% x 1,000,000 + 8,000 + 30,000
        assertThat(d1.grade()).isEqualTo(Grade.A);
        assertThat(d1.rebate().total()).isEqualByComparingTo("88000.00");
        try (Connection c = ws.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT action, subject, detail FROM audit_log WHERE subject = 'dealer-grade-rules'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("rule-change");
            assertThat(rs.getString(3)).contains("from {A: sales > 50000000").contains("to {A: sales > 3000000");
        }
    }
}
