package jp.nintei.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.insured.InsuredPerson;

/**
 * Whether a person is a client of an office: the one place for the rule behind "a surveyor may
 * not survey a client of their own office" and "a board member is excluded from cases of their
 * own office's clients" (DESIGN.md §3.2, §3.5).
 */
@Service
public class OfficeClients {

    private final List<ClientRelationSource> sources;

    OfficeClients(List<ClientRelationSource> sources) {
        this.sources = sources;
    }

    /** Why the person is a client of the office on that day (for the UI), or empty. */
    @Transactional(readOnly = true)
    public Optional<String> relation(String officeNumber, InsuredPerson person, LocalDate on) {
        if (officeNumber == null || person == null) {
            return Optional.empty();
        }
        return sources.stream()
                .map(source -> source.relation(officeNumber, person, on))
                .filter(Objects::nonNull)
                .findFirst();
    }

    public boolean isClient(String officeNumber, InsuredPerson person, LocalDate on) {
        return relation(officeNumber, person, on).isPresent();
    }
}
