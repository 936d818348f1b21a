/**
 * Components and formats every backoffice slice shares: the scan field, field-error marking, toolbars, stat
 * cards, editable rows, and how money, dates and badges look. Knows no context.
 */
@NullMarked
package dev.focal.backoffice.ui;

import org.jspecify.annotations.NullMarked;
