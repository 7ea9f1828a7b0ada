package org.salestrack.model.inventory;

/** What to do about a slow mover. */
public enum SlowMoverAction { BUNDLE, DISCOUNT, CLEARANCE, TRANSFER, WATCH }
