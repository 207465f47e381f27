package jp.nintei.security.totp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every {@link SecondFactorRealm} bean, by name and by base path. */
@Component
public class SecondFactorRealms {

    private final Map<String, SecondFactorRealm> byName = new LinkedHashMap<>();
    private final Map<String, SecondFactorRealm> byBasePath = new LinkedHashMap<>();

    SecondFactorRealms(List<SecondFactorRealm> realms) {
        for (SecondFactorRealm realm : realms) {
            if (byName.put(realm.name(), realm) != null || byBasePath.put(realm.basePath(), realm) != null) {
                throw new IllegalStateException("two second-factor realms share the name or base path of " + realm.name());
            }
        }
    }

    public Optional<SecondFactorRealm> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Optional<SecondFactorRealm> byBasePath(String basePath) {
        return Optional.ofNullable(byBasePath.get(basePath));
    }

    public List<SecondFactorRealm> all() {
        return List.copyOf(byName.values());
    }
}
