package org.salestrack.model.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A campaign with its daily sales in its scope (its channels and region), from some weeks before it to
 * some days after. Index 0 is {@code firstDay}. {@code otherCampaign[i]} marks a day another campaign ran
 * in the same scope: such days before the window are no organic baseline, and after it no dip of this one.
 *
 * @param spend the campaign's spend in yuan, exactly as stored
 */
public record CampaignDays(String code, String name, String tag, LocalDate starts, LocalDate ends, BigDecimal spend,
                           LocalDate firstDay, double[] units, double[] revenue, double[] margin, boolean[] otherCampaign) {
    public CampaignDays {
        if (units.length != revenue.length || units.length != margin.length || units.length != otherCampaign.length) {
            throw new IllegalArgumentException("campaign " + code + ": the daily series differ in length");
        }
        if (ends.isBefore(starts)) throw new IllegalArgumentException("campaign " + code + " ends before it starts");
    }

    public int index(LocalDate day) { return (int) ChronoUnit.DAYS.between(firstDay, day); }

    public int windowDays() { return (int) ChronoUnit.DAYS.between(starts, ends) + 1; }
}
