package dev.focal.identity;

import org.jspecify.annotations.Nullable;

/** Criteria for the staff list: free text over username and name, a role, and whether disabled users show. */
public record StaffUserFilter(@Nullable String text, @Nullable Role role, boolean includeDisabled) {

    public static StaffUserFilter all() {
        return new StaffUserFilter(null, null, true);
    }
}
