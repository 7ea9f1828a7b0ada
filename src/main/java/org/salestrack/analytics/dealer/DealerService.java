package org.salestrack.analytics.dealer;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.salestrack.model.dealer.BalanceFlag;
import org.salestrack.model.dealer.BalanceLine;
import org.salestrack.model.dealer.DealerBalance;
import java.util.Optional;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerFacts;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.feedback.TicketFact;
import org.salestrack.analytics.feedback.TicketAgeing;
import org.salestrack.store.feedback.FeedbackFacts;
import org.salestrack.store.AuditLog;
import org.salestrack.store.Workspace;
import org.salestrack.store.dealer.DealerBalanceQuery;
import org.salestrack.store.dealer.DealerFactsQuery;
import org.salestrack.store.dealer.GradeRuleStore;

/**
 * Dealer scorecards, grades and rebates over a workspace: reads the facts and the saved rules, runs the
 * pure engines. Every method runs SQL: call it from a background task.
 */
public final class DealerService {
    private final DealerFactsQuery facts;
    private final GradeRuleStore rules;
    private final DealerBalanceQuery balance;
    private final FeedbackFacts tickets;
    private final AuditLog audit;
    private volatile Known known;

    /**
     * The facts as of the audit log's newest entry, and the quarters' rankings under each set of rules asked: a
     * filter change then costs one ranking, not the facts' reads and nine rankings (1.9 s on 10M lines).
     */
    private record Known(long stamp, DealerFacts facts, Map<GradeRules, Map<String, List<DealerRow>>> ranks) {}

    public DealerService(Workspace workspace) {
        this.facts = new DealerFactsQuery(workspace);
        this.rules = new GradeRuleStore(workspace);
        this.balance = new DealerBalanceQuery(workspace);
        this.tickets = new FeedbackFacts(workspace);
        this.audit = new AuditLog(workspace);
    }

    public GradeRules rules() { return rules.load(); }

    /** Saves the rules (audited). */
    public void saveRules(GradeRules r) { rules.save(r); }

    /** The store's facts with each dealer's imported service tickets, aged to the newest time the tickets know. */
    public DealerFacts facts() { return known().facts(); }

    private Known known() {
        // the stamp is read before the facts: a change committed in between is read now and reloaded next time
        long stamp = audit.latestId();
        Known k = known;
        if (k != null && k.stamp() == stamp) return k;
        List<TicketFact> all = tickets.tickets(null, null);
        DealerFacts f = facts.load().withTickets(TicketAgeing.byDealerMonth(all, TicketAgeing.asOf(all)));
        k = new Known(stamp, f, new ConcurrentHashMap<>());
        known = k;
        return k;
    }

    /** The board for a period under the saved rules. */
    public DealerBoard board(DealerPeriod period) { return board(period, rules.load()); }

    public DealerBoard board(DealerPeriod period, GradeRules r) {
        Known k = known();
        // rules edited on the screen one value at a time leave a trail of sets: keep a few
        if (k.ranks().size() > 8) k.ranks().clear();
        Map<String, List<DealerRow>> quarters = k.ranks().computeIfAbsent(r, x -> new ConcurrentHashMap<>());
        return DealerBoards.board(k.facts(), period, r, q -> quarters.computeIfAbsent(q.key(), x -> DealerBoards.rank(k.facts(), q, r)));
    }

    /** The dealer's sell-in / sell-out / stock balance by SKU and month, flagged. */
    public DealerBalance balance(String dealer) {
        List<BalanceLine> lines = balance.lines(dealer);
        List<BalanceLine> months = DealerBalances.months(lines);
        Map<YearMonth, BalanceFlag> flags = new TreeMap<>();
        for (BalanceLine m : months) flags.put(m.month(), DealerBalances.flag(m));
        return new DealerBalance(dealer, lines, months, flags, balance.stuffingFindings(dealer));
    }

    /** The dealer's key in the DEALER dimension of the sales filters, so a click on it filters the other screens. */
    public Optional<String> memberKey(String dealer) { return facts.memberKey(dealer); }

    /** The last month with dealer figures: the default period's end. */
    public Optional<YearMonth> lastMonth() { return Optional.ofNullable(facts().lastMonth()); }
}
