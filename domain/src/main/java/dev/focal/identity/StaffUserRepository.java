package dev.focal.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface StaffUserRepository extends JpaRepository<StaffUser, UUID>, JpaSpecificationExecutor<StaffUser> {

    Optional<StaffUser> findByUsername(String username);

    /** Locks the row so two concurrent failed attempts both count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from StaffUser u where u.username = :username")
    Optional<StaffUser> findForSignIn(String username);

    boolean existsByUsername(String username);
}
