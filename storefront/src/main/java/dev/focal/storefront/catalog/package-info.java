/**
 * Catalog pages: category listings and search with facets as links, product pages, product images, the sitemap,
 * the in-process catalog cache and the conditional-GET headers built on its generation.
 */
@NullMarked
package dev.focal.storefront.catalog;

import org.jspecify.annotations.NullMarked;
