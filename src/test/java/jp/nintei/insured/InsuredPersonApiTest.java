package jp.nintei.insured;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

@ProcessTest
@AutoConfigureMockMvc
class InsuredPersonApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void administratorLoadsMasterDataAndStaffReadIt() throws Exception {
        String admin = data.apiClient("registry.admin", Roles.ADMIN);
        String staff = data.apiClient("registry.staff", Roles.STAFF);
        String number = TestData.uniqueNumber();
        mvc.perform(put("/api/insurers/888888").with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"試験町\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/insured-persons/" + number).with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(person("888888", "ヤマダ タロウ")))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/insured-persons/" + number).with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(person("888888", "ヤマダ タロウ")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/insured-persons/" + number).with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nameKana").value("ヤマダ タロウ"));
    }

    @Test
    void staffMayNotWriteMasterDataAndBadInputIsExplained() throws Exception {
        String staff = data.apiClient("registry.staff2", Roles.STAFF);
        String admin = data.apiClient("registry.admin2", Roles.ADMIN);
        mvc.perform(put("/api/insured-persons/1234567890").with(httpBasic(staff, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(person("888888", "ヤマダ タロウ")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/insured-persons/1234567890").with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(person("888888", "yamada")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("氏名（カナ）はカタカナで入力してください"));
        mvc.perform(put("/api/insured-persons/12345").with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(person("777777", "ヤマダ タロウ")))
                .andExpect(status().isBadRequest());
    }

    private static String person(String insurer, String kana) {
        return """
                {"insurerNumber":"%s","name":"山田 太郎","nameKana":"%s","birthDate":"1940-01-02","sex":"MALE",
                 "postalCode":"100-0001","address":"試験町1-1","phone":"03-1234-5678"}""".formatted(insurer, kana);
    }
}
