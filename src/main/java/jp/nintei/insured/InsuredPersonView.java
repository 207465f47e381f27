package jp.nintei.insured;

import java.time.LocalDate;

/** An insured person as the staff API shows it. */
public record InsuredPersonView(String insuredNumber, String insurerNumber, String name, String nameKana,
        LocalDate birthDate, Sex sex, String address, SpecifiedDisease specifiedDisease) {

    static InsuredPersonView of(InsuredPerson p) {
        return new InsuredPersonView(p.getInsuredNumber(), p.getInsurer().getInsurerNumber(), p.getName(),
                p.getNameKana(), p.getBirthDate(), p.getSex(), p.getAddress(), p.getSpecifiedDisease());
    }
}
