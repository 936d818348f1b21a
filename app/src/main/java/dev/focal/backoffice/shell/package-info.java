/**
 * The backoffice frame: layout and side navigation (collected from the views' own {@code @Menu} entries), sign-
 * in, access denied, the app shell and the security chain of {@code /admin}.
 */
@NullMarked
package dev.focal.backoffice.shell;

import org.jspecify.annotations.NullMarked;
