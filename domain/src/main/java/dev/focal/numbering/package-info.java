/**
 * Numbers of business documents for the whole application, one sequence per kind and calendar year in the
 * business time zone ({@code focal.time-zone}): PO-2026-0001, GR-2026-0001, TR-2026-0001. Entry point:
 * {@link dev.focal.numbering.DocumentNumbers}.
 */
@ApplicationModule
@NullMarked
package dev.focal.numbering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
