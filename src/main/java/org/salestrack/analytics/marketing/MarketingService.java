package org.salestrack.analytics.marketing;

import org.salestrack.model.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.salestrack.model.ChannelType;
import org.salestrack.model.Dimension;
import java.time.LocalDate;
import org.salestrack.model.Campaign;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.CampaignDays;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.model.marketing.ChannelRoi;
import org.salestrack.model.marketing.DaySales;
import org.salestrack.model.marketing.FirstPurchase;
import org.salestrack.model.marketing.Journeys;
import org.salestrack.model.marketing.Touch;
import org.salestrack.store.Workspace;
import org.salestrack.store.marketing.MarketingFacts;
import org.salestrack.task.Cancellation;

/**
 * The marketing analyses over a workspace: loads campaigns, spend, daily sales and touchpoints, and runs
 * the pure engines. Every method runs SQL and fits models: call it from a background task.
 */
public final class MarketingService {
    private final MarketingFacts facts;

    public MarketingService(Workspace workspace) { this.facts = new MarketingFacts(workspace); }

    /** Campaigns measured against their baselines, in start order; those without enough history are left out. */
    public List<CampaignImpact> campaigns(Cancellation cancel) {
        LocalDate[] span = facts.span();
        if (span == null) return List.of();
        List<Campaign> all = new ArrayList<>(facts.campaigns());
        all.sort(Comparator.comparing(Campaign::starts, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Campaign::code));
        Map<String, Long> spend = facts.spendByCampaign();
        List<DaySales> sales = new ArrayList<>();
        facts.daySales(span[0], span[1], sales::add);
        CampaignScopes scopes = new CampaignScopes(span[0], span[1], sales);
        CampaignBaseline baseline = new CampaignBaseline();
        List<CampaignImpact> out = new ArrayList<>();
        for (Campaign c : all) {
            cancel.check();
            CampaignDays days = scopes.days(c, all, spend);
            if (days == null) continue;
            Optional<CampaignImpact> impact = baseline.measure(days);
            if (impact.isEmpty()) continue;
            CampaignDays halo = scopes.haloDays(c, all, spend);
            out.add(impact.get().with(baseline.synthetic(days, scopes.donors(c, all, days)).orElse(null),
                    halo == null ? null : baseline.halo(halo).orElse(null)));
        }
        return out;
    }

    /** One campaign's impact, or empty when it is unknown or cannot be measured. */
    public Optional<CampaignImpact> campaign(String code, Cancellation cancel) {
        return campaigns(cancel).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Channel ROI by month and the customers each of {@code impacts} (as {@link #campaigns} measured them) brought. */
    public ChannelRoi channelRoi(List<CampaignImpact> impacts, Cancellation cancel) {
        LocalDate[] span = facts.span();
        if (span == null) return ChannelRoi.NONE;
        List<DaySales> sales = new ArrayList<>();
        facts.daySales(span[0], span[1], sales::add);
        cancel.check();
        List<FirstPurchase> customers = new ArrayList<>();
        facts.firstPurchases(customers::add);
        cancel.check();
        return ChannelReturns.compute(facts.campaigns(), impacts, sales, facts.spendByChannelMonth(), customers);
    }

    /** The campaigns to mark on a trend of {@code slice}: overlapping its range, reaching the channels and provinces it keeps. */
    public List<Campaign> campaignsOn(org.salestrack.model.cube.Slice slice) {
        List<CampaignMarks.ChannelRef> kept = new ArrayList<>();
        Set<String> keepIds = slice.keys(Dimension.CHANNEL), dropIds = slice.excludedKeys(Dimension.CHANNEL);
        Set<String> keepTypes = slice.keys(Dimension.CHANNEL_TYPE), dropTypes = slice.excludedKeys(Dimension.CHANNEL_TYPE);
        for (String[] ch : facts.channels()) {
            ChannelType type = ChannelType.parse(ch[2]);
            String t = type == null ? "" : type.id();
            boolean in = (keepIds.isEmpty() || keepIds.contains(ch[0])) && (keepTypes.isEmpty() || keepTypes.contains(t))
                    && !dropIds.contains(ch[0]) && !dropTypes.contains(t);
            if (in) kept.add(new CampaignMarks.ChannelRef(ch[1], type));
        }
        return CampaignMarks.inScope(facts.campaigns(), slice.from(), slice.to(), kept,
                slice.keys(Dimension.PROVINCE), slice.excludedKeys(Dimension.PROVINCE));
    }

    /** The touchpoints cut into journeys, each converting one worth its order's counted revenue. */
    public Journeys journeys() {
        List<Touch> touches = new ArrayList<>();
        facts.touches(touches::add);
        TreeSet<String> names = new TreeSet<>();
        for (Touch t : touches) names.add(t.channel());
        List<String> channels = List.copyOf(names);
        Map<String, Long> revenue = facts.touchOrderRevenue();
        JourneyBuilder b = new JourneyBuilder(channels);
        for (Touch t : touches) {
            Long e4 = t.orderId() == null ? null : revenue.get(t.orderId());
            b.add(t.customer(), t.epochSecond(), channels.indexOf(t.channel()), t.orderId() != null,
                    e4 == null ? 0 : Money.yuan(e4));
        }
        return b.build();
    }

    public List<Attribution> attribution(List<AttributionModel> models) {
        return Attributions.run(journeys(), models);
    }
}
