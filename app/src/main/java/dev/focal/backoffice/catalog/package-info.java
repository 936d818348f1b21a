/**
 * The product catalog: products of every kind, the frame variant matrix, lens availability, images and the CSV
 * import.
 */
@NullMarked
package dev.focal.backoffice.catalog;

import org.jspecify.annotations.NullMarked;
