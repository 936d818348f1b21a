package dev.focal.pricing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriceListRepository extends JpaRepository<PriceList, UUID> {

    boolean existsByCode(String code);

    /** Lists valid at the moment for the channel and currency, the most recently started first. */
    @Query("""
            select p from PriceList p where p.channel = :channel and p.currency = :currency
            and p.validFrom <= :at and (p.validTo is null or p.validTo > :at)
            order by p.validFrom desc, p.code""")
    List<PriceList> validAt(Channel channel, String currency, Instant at, Pageable first);
}
