/**
 * Customer endpoints: the signed-in customer's own prescriptions ({@code /api/v1/me/rx}) and the staff
 * feasibility check.
 */
@NullMarked
package dev.focal.api.customers;

import org.jspecify.annotations.NullMarked;
