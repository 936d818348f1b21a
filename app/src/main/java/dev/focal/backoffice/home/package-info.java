/**
 * The start page: each role's greeting, alerts and work counts.
 */
@NullMarked
package dev.focal.backoffice.home;

import org.jspecify.annotations.NullMarked;
