/**
 * The cart page; checkout and orders will join it in slices of their own.
 */
@NullMarked
package dev.focal.storefront.cart;

import org.jspecify.annotations.NullMarked;
