package jp.nintei.security.totp;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only. */
public interface SecondFactorEventRepository extends Repository<SecondFactorEvent, Long> {

    SecondFactorEvent save(SecondFactorEvent event);

    List<SecondFactorEvent> findByRealmAndAccountIdOrderByIdAsc(String realm, String accountId);

    List<SecondFactorEvent> findTop50ByRealmOrderByIdDesc(String realm);
}
