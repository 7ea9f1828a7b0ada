package org.salestrack.model.report;

import java.util.List;
import org.salestrack.model.market.ShareRow;

/** The workbook's market sheet: our share of the panel by province in the report month, and by month over its trend. */
public record MarketShares(List<ShareRow> provinces, List<ShareRow> months) {
    public MarketShares {
        provinces = List.copyOf(provinces);
        months = List.copyOf(months);
    }
}
