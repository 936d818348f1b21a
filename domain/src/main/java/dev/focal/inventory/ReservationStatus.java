package dev.focal.inventory;

/** Where a reservation stands: holding stock, or closed by a release, a pick or its hold running out. */
public enum ReservationStatus { ACTIVE, RELEASED, PICKED, EXPIRED }
