/**
 * Administration: staff users, the audit trail, background jobs, the message log, and each staff member's own
 * account and API tokens.
 */
@NullMarked
package dev.focal.backoffice.admin;

import org.jspecify.annotations.NullMarked;
