package sunshine.backup.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.backup.DatabaseBackups;

/**
 * 数据备份: the system administrator takes an online backup of the embedded database, after
 * confirming that the personal-data keys are kept elsewhere, and sees the backups on the server.
 */
@Controller
class BackupConsoleController {

	private final DatabaseBackups backups;
	private final MessageSource messages;

	BackupConsoleController(DatabaseBackups backups, MessageSource messages) {
		this.backups = backups;
		this.messages = messages;
	}

	@GetMapping("/console/system/backup")
	String page(Model model) {
		model.addAttribute("available", backups.available());
		model.addAttribute("directory", backups.directory().toString());
		model.addAttribute("backups", backups.list());
		return "backup/backup";
	}

	@PostMapping("/console/system/backup")
	String create(@RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!confirmed) {
			model.addAttribute("errors", List.of(messages.getMessage("backup.problem.confirm", null, locale)));
			return page(model);
		}
		if (!backups.available()) {
			return "redirect:/console/system/backup";
		}
		DatabaseBackups.Backup backup = backups.create();
		redirect.addFlashAttribute("created", backup.file());
		redirect.addFlashAttribute("createdBytes", backup.bytes());
		return "redirect:/console/system/backup";
	}
}
