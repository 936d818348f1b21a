package dev.focal.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of key rotation: what is still under an older key, and the run that records how far it got. */
@Component
class RxRekeyStore {

    private final JdbcClient jdbc;

    RxRekeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A re-encryption run, with where it goes on from. */
    record Run(UUID id, String targetKeyId, Instant startedAt, String startedBy, Instant updatedAt,
               @Nullable Instant finishedAt, long versionsTotal, long versionsDone, long documentsTotal,
               long documentsDone, long failures, @Nullable String lastError, UUID cursorPrescription,
               int cursorVersion, UUID cursorDocument) {
    }

    long versionsNotUnder(String keyId) {
        return jdbc.sql("select count(*) from prescription_version where key_id <> ?").param(keyId)
                .query(Long.class).single();
    }

    long documentsNotUnder(String keyId) {
        return jdbc.sql("select count(*) from prescription_document where key_id <> ?").param(keyId)
                .query(Long.class).single();
    }

    /** The open run, locked until the transaction ends, so that two jobs take turns instead of racing. */
    Optional<Run> openRunForUpdate() {
        return jdbc.sql("select * from rx_rekey_run where finished_at is null for update")
                .query(RxRekeyStore::run).optional();
    }

    Optional<Run> latestRun() {
        return jdbc.sql("select * from rx_rekey_run order by started_at desc, id desc limit 1")
                .query(RxRekeyStore::run).optional();
    }

    void insertRun(UUID id, String targetKeyId, String startedBy, long versionsTotal, long documentsTotal, Instant now) {
        jdbc.sql("""
                insert into rx_rekey_run (id, target_key_id, started_at, started_by, updated_at, versions_total,
                    documents_total)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, targetKeyId, Timestamp.from(now), startedBy, Timestamp.from(now), versionsTotal,
                        documentsTotal)
                .update();
    }

    /** Ends an open run that was made for another key (the key changed again while it was running). */
    void finish(UUID run, Instant now) {
        jdbc.sql("update rx_rekey_run set finished_at = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), run).update();
    }

    void advance(Run run, Instant now) {
        jdbc.sql("""
                update rx_rekey_run set updated_at = ?, versions_done = ?, documents_done = ?, failures = ?,
                    last_error = ?, cursor_prescription_id = ?, cursor_version = ?, cursor_document_id = ?
                where id = ?""")
                .params(Timestamp.from(now), run.versionsDone(), run.documentsDone(), run.failures(),
                        run.lastError(), run.cursorPrescription(), run.cursorVersion(), run.cursorDocument(), run.id())
                .update();
    }

    /** A sealed version to re-encrypt. */
    record SealedVersion(PrescriptionId prescription, int version, String keyId, byte[] sealed) {
    }

    /** The next versions after the cursor that are not under the key, in key order. */
    List<SealedVersion> versionsAfter(UUID prescription, int version, String keyId, int limit) {
        return jdbc.sql("""
                select prescription_id, version, key_id, sealed from prescription_version
                where key_id <> :key and (prescription_id, version) > (:prescription, :version)
                order by prescription_id, version limit :limit""")
                .param("key", keyId).param("prescription", prescription).param("version", version)
                .param("limit", limit)
                .query((rs, n) -> new SealedVersion(new PrescriptionId(rs.getObject("prescription_id", UUID.class)),
                        rs.getInt("version"), rs.getString("key_id"), rs.getBytes("sealed")))
                .list();
    }

    /** Stores a re-encrypted version, unless someone else already did. */
    void reseal(SealedVersion old, RxKeyring.Sealed sealed) {
        jdbc.sql("""
                update prescription_version set key_id = ?, sealed = ?
                where prescription_id = ? and version = ? and key_id = ?""")
                .params(sealed.keyId(), sealed.bytes(), old.prescription().value(), old.version(), old.keyId())
                .update();
    }

    /** A document to re-encrypt. */
    record DocumentKey(RxDocumentId id, String keyId, String sha256) {
    }

    List<DocumentKey> documentsAfter(UUID document, String keyId, int limit) {
        return jdbc.sql("""
                select id, key_id, sha256 from prescription_document where key_id <> :key and id > :after
                order by id limit :limit""")
                .param("key", keyId).param("after", document).param("limit", limit)
                .query((rs, n) -> new DocumentKey(new RxDocumentId(rs.getObject("id", UUID.class)),
                        rs.getString("key_id"), rs.getString("sha256")))
                .list();
    }

    void rekeyDocument(DocumentKey old, String keyId) {
        jdbc.sql("update prescription_document set key_id = ? where id = ? and key_id = ?")
                .params(keyId, old.id().value(), old.keyId()).update();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(rs.getObject("id", UUID.class), rs.getString("target_key_id"),
                rs.getTimestamp("started_at").toInstant(), rs.getString("started_by"),
                rs.getTimestamp("updated_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong("versions_total"), rs.getLong("versions_done"), rs.getLong("documents_total"),
                rs.getLong("documents_done"), rs.getLong("failures"), rs.getString("last_error"),
                rs.getObject("cursor_prescription_id", UUID.class), rs.getInt("cursor_version"),
                rs.getObject("cursor_document_id", UUID.class));
    }
}
