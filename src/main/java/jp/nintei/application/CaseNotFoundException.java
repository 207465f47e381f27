package jp.nintei.application;

import jp.nintei.web.NotFoundException;

public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(String caseId) {
        super("案件 " + caseId + " は見つかりません");
    }
}
