package sunshine.shared;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code java -jar sunshine.jar --sunshine.crypto.rotate=true}: re-encrypt all personal data with the newest key, then stop. */
@Component
@Order(Integer.MIN_VALUE)
class PersonalDataRotationCommand implements ApplicationRunner {

	private final boolean rotate;
	private final PersonalDataRotation rotation;
	private final PersonalDataCipher cipher;
	private final List<EncryptedColumns> registrations;
	private final ConfigurableApplicationContext context;

	PersonalDataRotationCommand(@Value("${sunshine.crypto.rotate:false}") boolean rotate, PersonalDataRotation rotation,
			PersonalDataCipher cipher, List<EncryptedColumns> registrations, ConfigurableApplicationContext context) {
		this.rotate = rotate;
		this.rotation = rotation;
		this.cipher = cipher;
		this.registrations = registrations;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rotate) {
			rotation.rotate(cipher, registrations);
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}
}
