package dev.focal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class AuditTrailIntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "auditor", roles = "ADMIN")
    void an_audit_entry_can_be_found_but_never_changed_or_deleted() {
        String marker = "marker-" + UUID.randomUUID();
        audit.record(new AuditRecord("auditor", AuditAction.STAFF_USER_UPDATED, "staff_user", "42", marker));

        var found = audit.find(new AuditFilter(null, null, marker, null, null), PageRequest.of(0, 5)).getContent();
        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("auditor");
            assertThat(entry.action()).isEqualTo(AuditAction.STAFF_USER_UPDATED);
            assertThat(entry.targetId()).isEqualTo("42");
        });

        assertThatThrownBy(() -> jdbc.update("update audit_entry set details = 'tampered' where details = ?", marker))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where details = ?", marker))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select details from audit_entry where details = ?", String.class, marker))
                .isEqualTo(marker);
    }

    @Test
    @WithMockUser(username = "clerk", roles = "ASSOCIATE")
    void only_admins_search_the_trail() {
        assertThatThrownBy(() -> audit.find(AuditFilter.all(), PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
