/**
 * Pricing endpoints: prices (public) and promotions (staff).
 */
@NullMarked
package dev.focal.api.pricing;

import org.jspecify.annotations.NullMarked;
