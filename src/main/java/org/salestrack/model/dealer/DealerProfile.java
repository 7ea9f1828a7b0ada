package org.salestrack.model.dealer;

/** A dealer from the register: tier T1-T3, its registered province and seat, and whether it uses the brand's digital tools. */
public record DealerProfile(String code, String name, String tier, String province, String provinceName, String city,
                            boolean digitalTools) {}
