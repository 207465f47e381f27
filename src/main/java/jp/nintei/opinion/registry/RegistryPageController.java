package jp.nintei.opinion.registry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The register as a staff page: Tasklist's 依頼先の選択 links here to look up physician codes. */
@Controller
class RegistryPageController {

    private final PhysicianRegistry registry;

    RegistryPageController(PhysicianRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/staff/physicians")
    String list(Model model) {
        model.addAttribute("physicians", registry.physicians());
        return "opinion/registry";
    }
}
