/**
 * The append-only audit trail: who did what to which record, when and from where. Nothing here updates or
 * deletes an entry, and a database trigger refuses it too.
 */
@ApplicationModule
@NullMarked
package dev.focal.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
