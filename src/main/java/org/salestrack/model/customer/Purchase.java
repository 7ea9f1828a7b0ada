package org.salestrack.model.customer;

import java.time.LocalDate;

/** One purchase of one (pseudonymous) customer: the day and what it was worth. */
public record Purchase(String customer, LocalDate day, double value) {}
