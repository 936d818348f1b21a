package dev.focal.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The prescription tables through plain SQL. Versions are only ever inserted. */
@Component
class PrescriptionStore {

    private final JdbcClient jdbc;

    PrescriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // wearers --------------------------------------------------------------------------------------------

    private static final String WEARER = """
            select w.id, case when w.account_holder then c.full_name else w.name end as name, w.birth_date,
                   w.account_holder
            from customer_wearer w join customer c on c.id = w.customer_id""";

    /** Adds the account holder as a wearer unless there is one (safe when two requests race). */
    void ensureAccountHolder(CustomerId customer, String actor, Instant now) {
        jdbc.sql("""
                insert into customer_wearer (id, customer_id, name, birth_date, account_holder, created_at, created_by)
                select ?, c.id, c.full_name, null, true, ?, ? from customer c where c.id = ?
                on conflict (customer_id) where account_holder do nothing""")
                .params(WearerId.newId().value(), Timestamp.from(now), actor, customer.value())
                .update();
    }

    List<Wearer> wearers(CustomerId customer) {
        return jdbc.sql(WEARER + " where w.customer_id = ? order by w.account_holder desc, lower(w.name), w.id")
                .param(customer.value()).query(PrescriptionStore::wearer).list();
    }

    Optional<Wearer> wearer(CustomerId customer, WearerId id) {
        return jdbc.sql(WEARER + " where w.customer_id = ? and w.id = ?").params(customer.value(), id.value())
                .query(PrescriptionStore::wearer).optional();
    }

    void insertWearer(WearerId id, CustomerId customer, String name, @Nullable LocalDate birthDate, String actor,
                      Instant now) {
        jdbc.sql("""
                insert into customer_wearer (id, customer_id, name, birth_date, account_holder, created_at, created_by)
                values (?, ?, ?, ?, false, ?, ?)""")
                .params(id.value(), customer.value(), name, birthDate, Timestamp.from(now), actor).update();
    }

    private static Wearer wearer(ResultSet rs, int row) throws SQLException {
        return new Wearer(new WearerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getObject("birth_date", LocalDate.class), rs.getBoolean("account_holder"));
    }

    // customers ------------------------------------------------------------------------------------------

    boolean customerExists(CustomerId customer) {
        return jdbc.sql("select count(*) from customer where id = ?").param(customer.value()).query(Long.class)
                .single() > 0;
    }

    Optional<String> customerEmail(CustomerId customer) {
        return jdbc.sql("select email from customer where id = ?").param(customer.value()).query(String.class)
                .optional();
    }

    private static final String CUSTOMER_MATCH = """
            (lower(c.full_name) like :text escape '\\' or c.email like :text escape '\\')""";

    List<CustomerSummary> findCustomers(String query, int limit, long offset) {
        return jdbc.sql("""
                select c.id, c.full_name, c.email,
                       (select count(*) from prescription p where p.customer_id = c.id) as prescriptions,
                       (select count(*) from prescription p where p.customer_id = c.id
                          and p.status = 'AWAITING_VERIFICATION') as awaiting
                from customer c where %s
                order by lower(c.full_name), c.email limit :limit offset :offset""".formatted(CUSTOMER_MATCH))
                .param("text", like(query)).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new CustomerSummary(new CustomerId(rs.getObject("id", UUID.class)),
                        rs.getString("full_name"), rs.getString("email"), rs.getInt("prescriptions"),
                        rs.getInt("awaiting")))
                .list();
    }

    long countCustomers(String query) {
        return jdbc.sql("select count(*) from customer c where " + CUSTOMER_MATCH).param("text", like(query))
                .query(Long.class).single();
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    // prescriptions --------------------------------------------------------------------------------------

    /** The unchanging part of a prescription, with its current state. */
    record Head(PrescriptionId id, CustomerId customer, RxKind kind, int currentVersion, RxStatus status,
                long lockVersion) {
    }

    Optional<Head> head(PrescriptionId id) {
        return jdbc.sql("select * from prescription where id = ?").param(id.value()).query(PrescriptionStore::head)
                .optional();
    }

    /** The head, locked until the transaction ends (for changes that carry no expected version). */
    Optional<Head> headForUpdate(PrescriptionId id) {
        return jdbc.sql("select * from prescription where id = ? for update").param(id.value())
                .query(PrescriptionStore::head).optional();
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(new PrescriptionId(rs.getObject("id", UUID.class)),
                new CustomerId(rs.getObject("customer_id", UUID.class)), RxKind.valueOf(rs.getString("kind")),
                rs.getInt("current_version"), RxStatus.valueOf(rs.getString("status")), rs.getLong("lock_version"));
    }

    void insertHead(PrescriptionId id, CustomerId customer, RxKind kind, RxStatus status, Instant now) {
        jdbc.sql("""
                insert into prescription (id, customer_id, kind, current_version, status, status_since, created_at,
                    lock_version)
                values (?, ?, ?, 1, ?, ?, ?, 0)""")
                .params(id.value(), customer.value(), kind.name(), status.name(), Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /**
     * Claims the next version number when nobody changed the prescription since {@code expectedLockVersion} was
     * read; the row stays locked until commit, so a concurrent change waits and then finds the lock moved on.
     *
     * @return the new version number, or empty when the lock version is stale
     */
    Optional<Integer> advance(PrescriptionId id, long expectedLockVersion, RxStatus status, Instant now) {
        return jdbc.sql("""
                update prescription
                set current_version = current_version + 1, lock_version = lock_version + 1,
                    status_since = case when status = :status then status_since else :now end, status = :status
                where id = :id and lock_version = :expected
                returning current_version""")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", id.value())
                .param("expected", expectedLockVersion)
                .query(Integer.class).optional();
    }

    record NewVersion(PrescriptionId prescription, int version, WearerId wearer, LocalDate issuedOn,
                      LocalDate expiresOn, @Nullable String policyJurisdiction, RxSource source, RxStatus status,
                      boolean hasValues, @Nullable String verifiedBy, @Nullable Instant verifiedAt,
                      @Nullable String rejectionReason, RxKeyring.Sealed sealed, Instant createdAt, String createdBy) {
    }

    void insertVersion(NewVersion v) {
        jdbc.sql("""
                insert into prescription_version (prescription_id, version, wearer_id, issued_on, expires_on,
                    expiry_from_policy, policy_jurisdiction, source, status, has_values, verified_by, verified_at,
                    rejection_reason, key_id, sealed, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.prescription().value(), v.version(), v.wearer().value(), v.issuedOn(), v.expiresOn(),
                        v.policyJurisdiction() != null, v.policyJurisdiction(), v.source().name(), v.status().name(),
                        v.hasValues(), v.verifiedBy(), v.verifiedAt() == null ? null : Timestamp.from(v.verifiedAt()),
                        v.rejectionReason(), v.sealed().keyId(), v.sealed().bytes(), Timestamp.from(v.createdAt()),
                        v.createdBy())
                .update();
    }

    /** A stored version with what its view needs from around it; values still sealed. */
    record VersionRow(PrescriptionId id, int version, long lockVersion, CustomerId customer, String customerName,
                      WearerId wearer, String wearerName, RxKind kind, LocalDate issuedOn, LocalDate expiresOn,
                      boolean expiryFromPolicy, @Nullable String policyJurisdiction, RxSource source, RxStatus status, boolean hasValues,
                      @Nullable String verifiedBy, @Nullable Instant verifiedAt, @Nullable String rejectionReason,
                      String keyId, byte[] sealed, Instant createdAt, String createdBy) {
    }

    private static final String VERSIONS = """
            select v.*, p.customer_id, p.kind, p.lock_version, c.full_name as customer_name,
                   case when w.account_holder then c.full_name else w.name end as wearer_name
            from prescription p
            join prescription_version v on v.prescription_id = p.id
            join customer c on c.id = p.customer_id
            join customer_wearer w on w.id = v.wearer_id""";

    List<VersionRow> currentVersions(CustomerId customer) {
        return jdbc.sql(VERSIONS + """
                 where p.customer_id = ? and v.version = p.current_version
                order by v.issued_on desc, p.created_at desc, p.id desc""")
                .param(customer.value()).query(PrescriptionStore::version).list();
    }

    Optional<VersionRow> currentVersion(PrescriptionId id) {
        return jdbc.sql(VERSIONS + " where p.id = ? and v.version = p.current_version").param(id.value())
                .query(PrescriptionStore::version).optional();
    }

    List<VersionRow> history(PrescriptionId id) {
        return jdbc.sql(VERSIONS + " where p.id = ? order by v.version desc").param(id.value())
                .query(PrescriptionStore::version).list();
    }

    private static VersionRow version(ResultSet rs, int row) throws SQLException {
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        return new VersionRow(new PrescriptionId(rs.getObject("prescription_id", UUID.class)), rs.getInt("version"),
                rs.getLong("lock_version"), new CustomerId(rs.getObject("customer_id", UUID.class)),
                rs.getString("customer_name"), new WearerId(rs.getObject("wearer_id", UUID.class)),
                rs.getString("wearer_name"), RxKind.valueOf(rs.getString("kind")),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                rs.getBoolean("expiry_from_policy"), rs.getString("policy_jurisdiction"), RxSource.valueOf(rs.getString("source")),
                RxStatus.valueOf(rs.getString("status")), rs.getBoolean("has_values"), rs.getString("verified_by"),
                verifiedAt == null ? null : verifiedAt.toInstant(), rs.getString("rejection_reason"),
                rs.getString("key_id"), rs.getBytes("sealed"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    /** Prescriptions whose current version awaits verification, the longest waiting first. */
    List<VerificationTask> awaitingVerification() {
        return awaitingVerification(Integer.MAX_VALUE);
    }

    /** The first {@code limit} prescriptions awaiting verification, the longest waiting first. */
    List<VerificationTask> awaitingVerification(int limit) {
        return jdbc.sql("""
                select p.id, p.customer_id, c.full_name, p.kind, v.source, p.status_since,
                       case when w.account_holder then c.full_name else w.name end as wearer_name,
                       (select count(*) from prescription_document d where d.prescription_id = p.id) as documents
                from prescription p
                join prescription_version v on v.prescription_id = p.id and v.version = p.current_version
                join customer c on c.id = p.customer_id
                join customer_wearer w on w.id = v.wearer_id
                where p.status = 'AWAITING_VERIFICATION'
                order by p.status_since, p.id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new VerificationTask(new PrescriptionId(rs.getObject("id", UUID.class)),
                        new CustomerId(rs.getObject("customer_id", UUID.class)), rs.getString("full_name"),
                        rs.getString("wearer_name"), RxKind.valueOf(rs.getString("kind")),
                        RxSource.valueOf(rs.getString("source")), rs.getTimestamp("status_since").toInstant(),
                        rs.getInt("documents")))
                .list();
    }

    long countAwaitingVerification() {
        return jdbc.sql("select count(*) from prescription where status = 'AWAITING_VERIFICATION'")
                .query(Long.class).single();
    }

    int countPrescriptions(CustomerId customer) {
        return jdbc.sql("select count(*) from prescription where customer_id = ?").param(customer.value())
                .query(Integer.class).single();
    }

    // documents ------------------------------------------------------------------------------------------

    record DocumentRow(RxDocumentInfo info, PrescriptionId prescription, CustomerId customer, int attachedVersion,
                       String sha256, String keyId) {
    }

    void insertDocument(RxDocumentInfo info, PrescriptionId prescription, CustomerId customer, int attachedVersion,
                        String sha256, String keyId, String actor) {
        jdbc.sql("""
                insert into prescription_document (id, prescription_id, customer_id, attached_version, file_name,
                    content_type, size_bytes, sha256, key_id, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(info.id().value(), prescription.value(), customer.value(), attachedVersion, info.fileName(),
                        info.contentType(), info.size(), sha256, keyId, Timestamp.from(info.uploadedAt()), actor)
                .update();
    }

    /**
     * How many documents the customer holds and their size together; locks the customer's row first, so two
     * uploads at once are counted one after the other.
     */
    PrescriptionConfiguration.RxDocumentUsage documentUsageForUpdate(CustomerId customer) {
        jdbc.sql("select id from customer where id = ? for update").param(customer.value()).query(UUID.class).optional();
        return jdbc.sql("""
                select count(*) as documents, coalesce(sum(size_bytes), 0) as bytes
                from prescription_document where customer_id = ?""")
                .param(customer.value())
                .query((rs, n) -> new PrescriptionConfiguration.RxDocumentUsage(rs.getLong("documents"),
                        rs.getLong("bytes")))
                .single();
    }

    Optional<DocumentRow> document(RxDocumentId id) {
        return jdbc.sql("select * from prescription_document where id = ?").param(id.value())
                .query(PrescriptionStore::document).optional();
    }

    List<DocumentRow> documents(Collection<PrescriptionId> prescriptions) {
        if (prescriptions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from prescription_document where prescription_id in (:ids)
                order by uploaded_at, id""")
                .param("ids", prescriptions.stream().map(PrescriptionId::value).toList())
                .query(PrescriptionStore::document).list();
    }

    private static DocumentRow document(ResultSet rs, int row) throws SQLException {
        var info = new RxDocumentInfo(new RxDocumentId(rs.getObject("id", UUID.class)), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant());
        return new DocumentRow(info, new PrescriptionId(rs.getObject("prescription_id", UUID.class)),
                new CustomerId(rs.getObject("customer_id", UUID.class)), rs.getInt("attached_version"),
                rs.getString("sha256"), rs.getString("key_id"));
    }

    // expiry policy --------------------------------------------------------------------------------------

    /** Months of validity for the jurisdiction, falling back from a subdivision ({@code US-CA}) to its country. */
    Optional<Integer> policyMonths(String jurisdiction, RxKind kind) {
        String country = jurisdiction.contains("-") ? jurisdiction.substring(0, jurisdiction.indexOf('-')) : jurisdiction;
        return jdbc.sql("""
                select months from rx_expiry_policy where kind = ? and jurisdiction in (?, ?)
                order by length(jurisdiction) desc limit 1""")
                .params(kind.name(), jurisdiction, country).query(Integer.class).optional();
    }
}
