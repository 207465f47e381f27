package jp.nintei.resident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentApiClientRepository extends JpaRepository<ResidentApiClient, Long> {

    Optional<ResidentApiClient> findByClientId(String clientId);

    List<ResidentApiClient> findAllByOrderByClientIdAsc();
}
