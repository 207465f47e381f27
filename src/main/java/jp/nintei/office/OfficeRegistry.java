package jp.nintei.office;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.web.InvalidInputException;

/** Registers and finds offices by 事業所番号. */
@Service
public class OfficeRegistry {

    private final OfficeRepository offices;

    OfficeRegistry(OfficeRepository offices) {
        this.offices = offices;
    }

    @Transactional(readOnly = true)
    public Optional<Office> find(String officeNumber) {
        return offices.findByOfficeNumber(officeNumber);
    }

    @Transactional(readOnly = true)
    public List<Office> all() {
        return offices.findAll(Sort.by("officeNumber"));
    }

    @Transactional
    public Office save(String officeNumber, String name, OfficeKind kind, String address, String phone) {
        if (officeNumber == null || !officeNumber.matches("\\d{10}")) {
            throw new InvalidInputException("officeNumber", "事業所番号は10桁の数字で入力してください");
        }
        Office office = offices.findByOfficeNumber(officeNumber)
                .orElseGet(() -> offices.save(new Office(officeNumber, name, kind)));
        office.update(name, kind, address, phone);
        return office;
    }
}
