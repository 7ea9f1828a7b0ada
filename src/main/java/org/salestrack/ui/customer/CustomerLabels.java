package org.salestrack.ui.customer;

import java.util.Locale;
import org.salestrack.model.customer.RfmSegment;
import org.salestrack.ui.I18n;

/** The words for the customer module's enums, from the bundles. */
final class CustomerLabels {
    private CustomerLabels() {}

    static String segment(I18n i18n, RfmSegment s) {
        return i18n.get("customers.segment." + s.name().toLowerCase(Locale.ROOT));
    }
}
