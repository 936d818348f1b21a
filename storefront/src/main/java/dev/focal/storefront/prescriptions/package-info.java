/**
 * "My prescriptions": the list by wearer, one prescription with its versions, the add and change forms, document
 * upload and download, and the filter that turns an oversized upload into the form's size message. Other slices
 * use it only through {@link dev.focal.storefront.prescriptions.PrescriptionsNavigation}.
 */
@NullMarked
package dev.focal.storefront.prescriptions;

import org.jspecify.annotations.NullMarked;
