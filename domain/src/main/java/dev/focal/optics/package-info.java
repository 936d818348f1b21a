/**
 * The optics engine: prescription values that validate themselves, the optician's calculations (transposition,
 * spherical equivalent, vertex compensation, Prentice's rule, near and intermediate powers), lens feasibility
 * with index rules kept as data, ANSI Z80.1 tolerances and the lab job file (DCS/OMA). Pure Java: it needs no
 * Spring, no database and no other context, so the lens builder, checkout, lab and tests all use the same rules.
 * See {@code ../shared/DOMAIN.md} and ADR 0011.
 */
@ApplicationModule
@NullMarked
package dev.focal.optics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
