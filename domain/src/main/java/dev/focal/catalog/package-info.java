/**
 * What Focal sells: frame models with their colour x size variants, sunglasses and readers, lens products with
 * their availability matrix and coatings, contact lenses, accessories and services; their images; the search
 * over them (PostgreSQL by default, OpenSearch when configured). Publishes {@link dev.focal.catalog.ProductUpdated}
 * ("catalog.product.updated") on every change the storefront can see.
 */
@ApplicationModule
@NullMarked
package dev.focal.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
