<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>AdminAudit</name>
    <message>
        <location filename="../../forms/admin_audit.ui" line="14"/>
        <source>Журнал событий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="20"/>
        <source>Отбор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="26"/>
        <source>Пользователь:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="36"/>
        <source>Объект:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="46"/>
        <source>Действие:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="56"/>
        <source>Период с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="66"/>
        <location filename="../../forms/admin_audit.ui" line="83"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="73"/>
        <source>по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="90"/>
        <source>Показать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="97"/>
        <source>Выгрузить в XLSX/CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminBackup</name>
    <message>
        <location filename="../../forms/admin_backup.ui" line="14"/>
        <source>Резервные копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="20"/>
        <source>Настройка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="26"/>
        <source>Папка копий:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="35"/>
        <source>рядом с базой (лучше — второй диск или флешка)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="42"/>
        <source>Обзор…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="51"/>
        <source>Автоматически каждые, мин:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="68"/>
        <source>Хранить последних копий:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="85"/>
        <source>…и по одной за дней:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="102"/>
        <source>…недель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="119"/>
        <source>…месяцев:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="136"/>
        <source>Сохранить настройку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="146"/>
        <source>Копии в папке (новые сверху):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="158"/>
        <source>Создать копию сейчас</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="165"/>
        <source>Восстановить выбранную…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="172"/>
        <source>Восстановить из файла…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCheck</name>
    <message>
        <location filename="../../forms/admin_check.ui" line="14"/>
        <source>Проверка базы данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_check.ui" line="20"/>
        <source>Проверяются целостность базы, ссылки между записями, версия схемы, журнал событий (контрольные суммы), файлы документов и размещение базы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_check.ui" line="35"/>
        <source>Быстро (не пересчитывать контрольные суммы файлов)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_check.ui" line="49"/>
        <source>Проверить</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminFirstStart</name>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="14"/>
        <source>Первый запуск: администратор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="20"/>
        <source>База данных новая: создайте учётную запись администратора. Администратор заводит остальных пользователей и назначает им роли. Пароль — не короче 12 знаков; удобно взять фразу из нескольких слов. Пароля по умолчанию нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="32"/>
        <source>Имя входа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="39"/>
        <source>например, admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="46"/>
        <source>Фамилия Имя Отчество:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="56"/>
        <source>Должность:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="66"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="80"/>
        <source>Пароль ещё раз:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="102"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminLock</name>
    <message>
        <location filename="../../forms/admin_lock.ui" line="14"/>
        <source>Экран заблокирован</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="27"/>
        <source>Рабочее место заблокировано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="33"/>
        <source>font-size: 20pt; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="62"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="76"/>
        <source>Продолжить работу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="104"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="111"/>
        <source>Открытые окна и несохранённые изменения остаются на месте и ждут вас.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSignIn</name>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="14"/>
        <source>Вход в программу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="20"/>
        <source>Войдите под своей учётной записью.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="32"/>
        <source>Имя входа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="42"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="64"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUserEdit</name>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="14"/>
        <source>Учётная запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="22"/>
        <source>Имя входа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="32"/>
        <source>Фамилия Имя Отчество:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="42"/>
        <source>Должность:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="52"/>
        <source>Роль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="62"/>
        <source>Учётная запись активна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="72"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="86"/>
        <source>Пароль ещё раз:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="108"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <location filename="../../forms/admin_users.ui" line="14"/>
        <source>Пользователи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="38"/>
        <source>Добавить…</source>
        <translation type="unfinished">Добавить…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="45"/>
        <source>Изменить…</source>
        <translation type="unfinished">Изменить…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="52"/>
        <source>Сбросить пароль…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="59"/>
        <source>Разблокировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="36"/>
        <source>Сейчас базу открыли:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="84"/>
        <source>Сведения о документе меняются кнопкой «Сведения…» в списке документов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="85"/>
        <source>Приложить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="86"/>
        <source>Проверить файлы и приложить их к досье (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="87"/>
        <source>Добавить файлы к документу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="88"/>
        <source>Приложить документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="131"/>
        <source>Принимаются: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="133"/>
        <source>Документ должен быть выдан не ранее чем за %1 дн. до подачи заявки — укажите дату выдачи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="147"/>
        <source>Выберите файлы документа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="148"/>
        <source>Документы (%1) (%2);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="157"/>
        <source>Вид документа: выберите вид документа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="159"/>
        <source>Файлы: добавьте хотя бы один файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="160"/>
        <source>Дата выдачи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="161"/>
        <source>Действует до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="193"/>
        <source>Приложение файлов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="194"/>
        <source>Проверка и сохранение файлов: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="207"/>
        <source>Файлы приложены с замечаниями</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>программа</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Запись журнала № %1, %2</source>
        <translation>Запись журнала № %1, %2</translation>
    </message>
    <message>
        <source>Пользователь: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>Действие: %1</source>
        <translation>Действие: %1</translation>
    </message>
    <message>
        <source>Объект: %1</source>
        <translation>Объект: %1</translation>
    </message>
    <message>
        <source>Причина: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>%1: было %2</source>
        <translation>%1: было %2</translation>
    </message>
    <message>
        <source>Контрольная сумма: %1</source>
        <translation>Контрольная сумма: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="148"/>
        <source>История записи: %1 № %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="158"/>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="161"/>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="164"/>
        <source>все</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="190"/>
        <source>Записей: %1</source>
        <translation type="unfinished">Записей: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="199"/>
        <source>Выгрузка журнала событий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="200"/>
        <source>Книга Excel (*.xlsx);;Текст CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="212"/>
        <source>Выгружено записей: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="153"/>
        <source>Папка резервных копий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="167"/>
        <source>Настройка сохранена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="175"/>
        <source>Копия не создана: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="179"/>
        <source>Копия создана и проверена: %1. Файлов документов скопировано: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="182"/>
        <source>Внимание: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="189"/>
        <source>Выберите копию в списке.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="194"/>
        <source>Файл резервной копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="196"/>
        <source>База SQLite (*.sqlite3 *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="202"/>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="214"/>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="222"/>
        <source>Восстановление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="203"/>
        <source>Заменить текущую базу копией «%1»?

Текущее состояние будет сохранено в отдельную резервную копию. После восстановления программа закроется; запустите её снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="215"/>
        <source>База не изменена. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="218"/>
        <source>База восстановлена из «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="220"/>
        <source> Не найдено файлов документов: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/maintenance_dialogs.py" line="227"/>
        <source>Копия сделана до уничтожения персональных данных; они уничтожены повторно по журналу уничтожений: %1. Акты повторного уничтожения сохранены в базе (Администрирование → Уничтожения персональных данных).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/maintenance_dialogs.py" line="231"/>
        <source>контактное лицо № %1 (%2), акт № %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/maintenance_dialogs.py" line="235"/>
        <source>Внимание: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="150"/>
        <source>Резервные копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="156"/>
        <source>&lt;p&gt;&lt;b&gt;База данных находится на сервере центра&lt;/b&gt; (%1).&lt;/p&gt;&lt;p&gt;Резервные копии такой базы делает &lt;b&gt;администратор сервера&lt;/b&gt; — по расписанию, для всех рабочих мест сразу. Файлы документов хранятся в той же базе и входят в ту же копию. Поэтому эта программа копий на этом компьютере не делает и при закрытии базу не копирует.&lt;/p&gt;&lt;p&gt;Копия вручную (один файл: база и документы):&lt;br&gt;&lt;code&gt;rci-intake --db %2 --user ИМЯ backup --to ФАЙЛ.dump&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Восстановление — в новую пустую базу, которую создаёт администратор сервера:&lt;br&gt;&lt;code&gt;rci-intake --db АДРЕС_НОВОЙ_БАЗЫ restore ФАЙЛ.dump&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Нужны программы PostgreSQL pg_dump и pg_restore (пакет postgresql-client). Подробнее — README, раздел «Сервер центра».&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="176"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <source>Срок следующего шага: %1</source>
        <translation>Срок следующего шага: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение по результатам предварительной проверки (PDF): регистрируется в исходящем реестре с номером</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Сначала проведите предварительную проверку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Консультация не прочитана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>не проводилась</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>%1 — проверка от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Изменения не сохранены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Сохранить заключение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>заключение-консультация-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Документы PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Формируется заключение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение № %1 сохранено: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение не сформировано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="96"/>
        <source>Новая консультация</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="110"/>
        <source>Проверить соответствие…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="111"/>
        <source>Создать досье…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="117"/>
        <source>Сначала сохраните консультацию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="120"/>
        <source>Предварительная проверка: может ли предприятие подать заявку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="143"/>
        <source>Предприятие не выбрано</source>
        <translation>Предприятие не выбрано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="175"/>
        <source>ИНН %1, карточка № %2</source>
        <translation>ИНН %1, карточка № %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="183"/>
        <source>— не указано —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="195"/>
        <source>Консультация от %1</source>
        <translation>Консультация от %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="246"/>
        <source>Предприятие: выберите предприятие из списка или создайте новое</source>
        <translation>Предприятие: выберите предприятие из списка или создайте новое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="264"/>
        <source>Нет прав</source>
        <translation>Нет прав</translation>
    </message>
</context>
<context>
    <name>ConsultationEditorForm</name>
    <message>
        <location filename="../../forms/consultation_editor.ui"/>
        <source>Предварительная проверка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui"/>
        <source>не проводилась</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Консультация</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Предприятие *</source>
        <translation>Предприятие *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>начните вводить наименование или ИНН</source>
        <translation>начните вводить наименование или ИНН</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Новое предприятие…</source>
        <translation>Новое предприятие…</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Предприятие не выбрано</source>
        <translation>Предприятие не выбрано</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Контактное лицо</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Дата и время *</source>
        <translation>Дата и время *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Канал *</source>
        <translation>Канал *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Тема *</source>
        <translation>Тема *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>о чём обращение</source>
        <translation>о чём обращение</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Программа</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>программа поддержки, если есть</source>
        <translation>программа поддержки, если есть</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Длительность</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source> мин</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>не указана</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Вопросы</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>что спросили</source>
        <translation>что спросили</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Что посоветовали</source>
        <translation>Что посоветовали</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>ответ консультанта</source>
        <translation>ответ консультанта</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Итог</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Следующий шаг</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>что нужно сделать дальше</source>
        <translation>что нужно сделать дальше</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>срок:</source>
        <translation>срок:</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>выполнен</source>
        <translation>выполнен</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="78"/>
        <source>Контактное лицо</source>
        <translation>Контактное лицо</translation>
    </message>
</context>
<context>
    <name>ContactPersonForm</name>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Контактное лицо</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Фамилия *</source>
        <translation>Фамилия *</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Имя</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Отчество</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Должность</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Телефон</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Электронная почта</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Основание обработки ПДн *</source>
        <translation>Основание обработки ПДн *</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Согласие получено</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>дата:</source>
        <translation>дата:</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Согласие отозвано</source>
        <translation>Согласие отозвано</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="112"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="356"/>
        <source>Выберите файл, чтобы посмотреть его здесь.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="190"/>
        <source>нужен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="190"/>
        <source>не нужен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="193"/>
        <source>%1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="197"/>
        <source>не старше %1 дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="199"/>
        <source>выдан %1 — свежий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="201"/>
        <source>выдан %1 — устарел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="202"/>
        <source>дата не указана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="204"/>
        <source>не проверяется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="209"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="307"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="320"/>
        <source>файл повреждён или отсутствует</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="211"/>
        <source>нет — обязательный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="213"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="307"/>
        <source>в порядке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="215"/>
        <source>есть замечания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="217"/>
        <source>есть ошибки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="219"/>
        <source>нет — рекомендуется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="221"/>
        <source>не приложен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="229"/>
        <source>Основание: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="234"/>
        <source>Перетащите сюда файлы, чтобы приложить их как этот документ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="272"/>
        <source>Документы вида «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="273"/>
        <source>Выберите вид документа в списке выше</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="281"/>
        <source>№ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="284"/>
        <source>выдан %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="286"/>
        <source>действует до %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="290"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="305"/>
        <source>%1 стр.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="293"/>
        <source>удалён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="317"/>
        <source>Файл в хранилище отсутствует или изменён (контрольная сумма SHA-256 не совпадает): замените его файлом, полученным от предприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="382"/>
        <source>Файл «%1» (%2) здесь не показывается — откройте его кнопкой «Открыть».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="387"/>
        <source>Файл «%1» повреждён или отсутствует в хранилище — замените его.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="392"/>
        <source>Загрузка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="408"/>
        <source>Этот PDF не удалось показать здесь (возможно, он защищён паролем) — откройте его кнопкой «Открыть».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="413"/>
        <source>Это изображение не удалось показать здесь — откройте его кнопкой «Открыть».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="481"/>
        <source>Открытие файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="482"/>
        <source>Проверка файла «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="493"/>
        <source>Новый файл вместо «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="501"/>
        <source>Замена файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="502"/>
        <source>Проверка и сохранение файла «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="511"/>
        <source>Удалить документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="512"/>
        <source>Документ «%1» будет удалён из досье (файлы сохранятся, документ можно будет восстановить). Укажите причину удаления.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="515"/>
        <source>Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="537"/>
        <source>Действие не выполнено</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierAttachForm</name>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="14"/>
        <source>Приложить документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="23"/>
        <source>Вид документа *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="46"/>
        <source>Файлы *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="68"/>
        <source>Добавить файлы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="75"/>
        <source>Убрать из списка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="97"/>
        <source>Наименование</source>
        <translation type="unfinished">Наименование</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="114"/>
        <source>Номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="131"/>
        <source>Дата выдачи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="148"/>
        <source>Действует до</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierChecklistForm</name>
    <message>
        <source>Сведения…</source>
        <translation>Сведения…</translation>
    </message>
    <message>
        <source>Изменить наименование, номер и даты выбранного документа</source>
        <translation>Изменить наименование, номер и даты выбранного документа</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="14"/>
        <source>Документы досье</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="26"/>
        <source>Перетащите файлы на строку нужного документа или нажмите «Приложить…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="56"/>
        <source>Документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="61"/>
        <source>Требование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="66"/>
        <source>Приложено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="71"/>
        <source>Свежесть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="76"/>
        <source>Виды файлов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="81"/>
        <location filename="../../forms/dossier_checklist.ui" line="125"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="98"/>
        <source>Документы выбранного вида</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="115"/>
        <source>Документ / файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="120"/>
        <source>Сведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="135"/>
        <source>Приложить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="138"/>
        <source>Приложить файлы как документ выбранного вида</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="145"/>
        <source>Добавить файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="148"/>
        <source>Добавить файлы к выбранному документу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="155"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="158"/>
        <source>Открыть выбранный файл в программе просмотра системы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="165"/>
        <source>Заменить файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="168"/>
        <source>Заменить выбранный файл (прежний останется в истории)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="192"/>
        <source>Удалить документ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="195"/>
        <source>Удалить выбранный документ с указанием причины</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="202"/>
        <source>Восстановить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="205"/>
        <source>Восстановить удалённый документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="212"/>
        <source>Показывать удалённые</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="128"/>
        <source>руководитель организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="129"/>
        <source>другое лицо по доверенности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="130"/>
        <source>— не указано —</source>
        <translation type="unfinished">— не указано —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="134"/>
        <source>Статья затрат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="134"/>
        <source>Описание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="134"/>
        <source>Сумма, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="159"/>
        <source>Закрыть</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="160"/>
        <source>Закрыть окно досье (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="234"/>
        <source>Досье № %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="238"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (ИНН %2)&lt;br&gt;Программа: %3&lt;br&gt;Версия профиля: %4 (действует с %5) %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="243"/>
        <source>Правовое основание: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="249"/>
        <source>Доступна новая версия профиля %1 — перепроверить досье по ней?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="252"/>
        <source>Статус: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="258"/>
        <source>Досье в статусе «%1»: данные проекта и документы изменять нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="321"/>
        <source>Объём серийного выпуска: ожидается целое число штук, например 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="337"/>
        <source>Смета, строка %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="341"/>
        <source>Смета, строка %1: укажите статью затрат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="344"/>
        <source>Смета, строка %1: укажите сумму</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="348"/>
        <source>Смета, строка %1: сумма не может быть отрицательной</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="410"/>
        <source>Документы (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="412"/>
        <source>Ошибок: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="417"/>
        <source>Итого по смете: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="422"/>
        <source>стоимость проекта %1 — расхождение %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="426"/>
        <source>совпадает со стоимостью проекта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="431"/>
        <source>грант</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="432"/>
        <source>собственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="433"/>
        <source>иные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="438"/>
        <source>Доли в стоимости проекта: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="517"/>
        <source>Сведения о предприятии (ИНН, КПП, ОГРН, наименование, адрес) меняются в карточке предприятия; досье берёт их оттуда.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="533"/>
        <source>Стоимость проекта</source>
        <translation type="unfinished">Стоимость проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="534"/>
        <source>Запрашиваемый грант</source>
        <translation type="unfinished">Запрашиваемый грант</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="535"/>
        <source>Собственные средства</source>
        <translation type="unfinished">Собственные средства</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="536"/>
        <source>Иные средства</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="537"/>
        <source>Начало проекта</source>
        <translation type="unfinished">Начало проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="538"/>
        <source>Окончание проекта</source>
        <translation type="unfinished">Окончание проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="539"/>
        <source>Дата подачи заявки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="558"/>
        <source>Досье изменено другим пользователем</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="562"/>
        <source>Нет прав</source>
        <translation type="unfinished">Нет прав</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="611"/>
        <source>Предупреждение не принято</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="619"/>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="698"/>
        <source>Действие не выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="636"/>
        <source>Статус досье изменится на «%1». Укажите дату, с которой он действует, и причину.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="639"/>
        <source>Изменить статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="647"/>
        <source>Статус не изменён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="654"/>
        <source>Направление в Агентство…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="656"/>
        <source>Сформировать пакет направления (Ctrl+P); консультант получает проект с отметкой «ПРОЕКТ», итоговое письмо с номером подписывает руководитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="658"/>
        <source>Памятка для предприятия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="660"/>
        <source>Перечень документов, которые нужно принести, с отметкой о полученных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="684"/>
        <source>Памятка не сформирована</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="687"/>
        <source>Памятка для предприятия: досье № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, строка %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Этап</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Начало</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Окончание</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Грант, ₽</source>
        <translation>Грант, ₽</translation>
    </message>
    <message>
        <source>Собственные средства, ₽</source>
        <translation>Собственные средства, ₽</translation>
    </message>
    <message>
        <source>Иные средства, ₽</source>
        <translation>Иные средства, ₽</translation>
    </message>
    <message>
        <source>Итого, ₽</source>
        <translation>Итого, ₽</translation>
    </message>
    <message>
        <source>Календарный план</source>
        <translation>Календарный план</translation>
    </message>
    <message>
        <source>укажите номер этапа</source>
        <translation>укажите номер этапа</translation>
    </message>
    <message>
        <source>укажите наименование этапа</source>
        <translation>укажите наименование этапа</translation>
    </message>
    <message>
        <source>окончание этапа раньше начала</source>
        <translation>окончание этапа раньше начала</translation>
    </message>
    <message>
        <source>Финансирование</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>год — четыре цифры, например 2026</source>
        <translation>год — четыре цифры, например 2026</translation>
    </message>
    <message>
        <source>этот год уже есть в таблице; объедините строки</source>
        <translation>этот год уже есть в таблице; объедините строки</translation>
    </message>
    <message>
        <source>сумма не может быть отрицательной</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>Этапы %1: даты вне сроков проекта или окончание раньше начала</source>
        <translation>Этапы %1: даты вне сроков проекта или окончание раньше начала</translation>
    </message>
    <message>
        <source>Этапов: %1</source>
        <translation>Этапов: %1</translation>
    </message>
    <message>
        <source>собственные средства</source>
        <translation>собственные средства</translation>
    </message>
    <message>
        <source>иные средства</source>
        <translation>иные средства</translation>
    </message>
    <message>
        <source>(в проекте %1, расхождение %2)</source>
        <translation>(в проекте %1, расхождение %2)</translation>
    </message>
    <message>
        <source>По годам: %1</source>
        <translation>По годам: %1</translation>
    </message>
</context>
<context>
    <name>DossierEditorForm</name>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="14"/>
        <source>Досье</source>
        <translation type="unfinished">Досье</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="49"/>
        <source>Перепроверить по новой версии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="119"/>
        <source>Проект</source>
        <translation type="unfinished">Проект</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="135"/>
        <source>Наименование проекта</source>
        <translation type="unfinished">Наименование проекта</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="152"/>
        <source>Комплектующее изделие</source>
        <translation type="unfinished">Комплектующее изделие</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="169"/>
        <source>Код ОКПД2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="182"/>
        <source>например 28.13.31.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="189"/>
        <source>Иностранный аналог</source>
        <translation type="unfinished">Иностранный аналог</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="206"/>
        <source>Производитель аналога</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="223"/>
        <source>Страна производителя аналога</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="240"/>
        <source>Отрасль применения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="257"/>
        <source>Потребители</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="280"/>
        <source>Начало проекта</source>
        <translation type="unfinished">Начало проекта</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="297"/>
        <source>Окончание проекта</source>
        <translation type="unfinished">Окончание проекта</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="314"/>
        <source>Стоимость проекта, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="331"/>
        <source>Запрашиваемый грант, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="348"/>
        <source>Собственные средства, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="365"/>
        <source>Иные средства, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="392"/>
        <source>Объём серийного выпуска, шт.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="409"/>
        <source>Годы серийного выпуска</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="422"/>
        <source>2027–2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="429"/>
        <source>Дата подачи заявки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="446"/>
        <source>Заявку подписывает</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="459"/>
        <source>Примечания</source>
        <translation type="unfinished">Примечания</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="500"/>
        <source>Смета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="515"/>
        <source>Добавить статью</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="518"/>
        <source>Добавить строку сметы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="525"/>
        <source>Удалить статью</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="528"/>
        <source>Удалить выбранную строку сметы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="558"/>
        <source>Документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>План и финансирование</source>
        <translation>План и финансирование</translation>
    </message>
    <message>
        <source>Календарный план</source>
        <translation>Календарный план</translation>
    </message>
    <message>
        <source>Добавить этап</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Добавить этап календарного плана</source>
        <translation>Добавить этап календарного плана</translation>
    </message>
    <message>
        <source>Удалить этап</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>Удалить выбранный этап</source>
        <translation>Удалить выбранный этап</translation>
    </message>
    <message>
        <source>Финансирование по источникам и годам</source>
        <translation>Финансирование по источникам и годам</translation>
    </message>
    <message>
        <source>Добавить год</source>
        <translation>Добавить год</translation>
    </message>
    <message>
        <source>Добавить строку финансирования за год</source>
        <translation>Добавить строку финансирования за год</translation>
    </message>
    <message>
        <source>Удалить год</source>
        <translation>Удалить год</translation>
    </message>
    <message>
        <source>Удалить выбранный год</source>
        <translation>Удалить выбранный год</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="573"/>
        <location filename="../../forms/dossier_editor.ui" line="624"/>
        <source>font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierFindingsForm</name>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="14"/>
        <source>Замечания по досье</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="48"/>
        <source>Двойной щелчок — перейти к полю или документу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="52"/>
        <source>Замечание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="75"/>
        <source>Принять предупреждение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="78"/>
        <source>Принять выбранное предупреждение с указанием причины</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="85"/>
        <source>Отозвать принятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="88"/>
        <source>Снова считать выбранное предупреждение непринятым</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierReasonForm</name>
    <message>
        <location filename="../../forms/dossier_reason.ui" line="14"/>
        <source>Причина</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dossier_reason.ui" line="46"/>
        <source>Дата:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="28"/>
        <source>Досье № %1</source>
        <translation>Досье № %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="32"/>
        <source>Просмотр сохранённых данных досье. Изменять досье можно будет в редакторе досье.</source>
        <translation>Просмотр сохранённых данных досье. Изменять досье можно будет в редакторе досье.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="43"/>
        <source>Досье № %1 не найдено — возможно, его удалили.</source>
        <translation>Досье № %1 не найдено — возможно, его удалили.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="53"/>
        <source>Закрыть</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="68"/>
        <source>Предприятие</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="69"/>
        <source>Программа</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="70"/>
        <source>Статус</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="71"/>
        <source>Наименование проекта</source>
        <translation>Наименование проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="72"/>
        <source>Комплектующее изделие</source>
        <translation>Комплектующее изделие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="73"/>
        <source>ОКПД2</source>
        <translation>ОКПД2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="74"/>
        <source>Иностранный аналог</source>
        <translation>Иностранный аналог</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="75"/>
        <source>Начало проекта</source>
        <translation>Начало проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="76"/>
        <source>Окончание проекта</source>
        <translation>Окончание проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="77"/>
        <source>Стоимость проекта</source>
        <translation>Стоимость проекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="78"/>
        <source>Запрашиваемый грант</source>
        <translation>Запрашиваемый грант</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="79"/>
        <source>Собственные средства</source>
        <translation>Собственные средства</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="80"/>
        <source>Дата подачи</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="81"/>
        <source>Изменено</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="60"/>
        <source>Сохранить</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="61"/>
        <source>Сохранить изменения (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="63"/>
        <source>Отмена</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="64"/>
        <source>Закрыть без сохранения (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="132"/>
        <source>Несохранённые изменения</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="133"/>
        <source>В окне «%1» есть несохранённые изменения. Сохранить их?</source>
        <translation>В окне «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="113"/>
        <source>Изменения не сохранены</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="161"/>
        <source>Проверка соответствия — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="164"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (ИНН %2)&lt;br&gt;Программа: %3 (версия профиля %4)&lt;br&gt;Задайте вопросы представителю предприятия; ответы оцениваются сразу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="168"/>
        <source>Правовое основание: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="191"/>
        <source>Сохранить результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="193"/>
        <source>Сохранить ответы и вывод вместе с консультацией (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="194"/>
        <source>Создать досье</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="197"/>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="258"/>
        <source>Сохранить результат и открыть по нему новое досье предприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="202"/>
        <source>Закрыть</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="221"/>
        <source>Не установлен ни один профиль программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="238"/>
        <source>Вывод: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="253"/>
        <source>Препятствий не найдено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="256"/>
        <source>Заявитель не соответствует требованиям — досье не открывается</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="290"/>
        <source>Досье не создано</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="14"/>
        <source>Проверка соответствия заявителя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="74"/>
        <source>Причина</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="79"/>
        <source>Основание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="84"/>
        <source>Достоверность</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseEditor</name>
    <message>
        <source>Удаление контактного лица</source>
        <translation>Удаление контактного лица</translation>
    </message>
    <message>
        <source>Выберите в списке контактное лицо, которое нужно удалить.</source>
        <translation>Выберите в списке контактное лицо, которое нужно удалить.</translation>
    </message>
    <message>
        <source>Убрать из карточки новое контактное лицо «%1»? Оно ещё не сохранено.</source>
        <translation>Убрать из карточки новое контактное лицо «%1»? Оно ещё не сохранено.</translation>
    </message>
    <message>
        <source>Удалить контактное лицо «%1» из карточки предприятия?

Запись останется в базе (досье и письма, где оно указано, не изменятся), а удаление — в журнале событий. Персональные данные этим не уничтожаются: для этого есть кнопка «Уничтожить персональные данные…».</source>
        <translation>Удалить контактное лицо «%1» из карточки предприятия?

Запись останется в базе (досье и письма, где оно указано, не изменятся), а удаление — в журнале событий. Персональные данные этим не уничтожаются: для этого есть кнопка «Уничтожить персональные данные…».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="212"/>
        <source>Новое предприятие</source>
        <translation>Новое предприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="224"/>
        <source>Фамилия Имя Отчество</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="224"/>
        <source>Должность</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="225"/>
        <source>Телефон</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="225"/>
        <source>Электронная почта</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="226"/>
        <source>Основание обработки ПДн</source>
        <translation>Основание обработки ПДн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="227"/>
        <source>Дата</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="227"/>
        <source>Канал</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="227"/>
        <source>Тема</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="228"/>
        <source>Следующий шаг</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="228"/>
        <source>Срок</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="229"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="229"/>
        <source>Проект</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="229"/>
        <source>Программа</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="230"/>
        <source>Статус</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="230"/>
        <source>Изменено</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="243"/>
        <source>Предприятие: %1</source>
        <translation>Предприятие: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="272"/>
        <source>Консультации (%1)</source>
        <translation>Консультации (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="273"/>
        <source>Досье (%1)</source>
        <translation>Досье (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="293"/>
        <source>Контактные лица (%1)</source>
        <translation>Контактные лица (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="352"/>
        <source>ИНН: обязательное поле — 10 цифр (организация) или 12 (ИП)</source>
        <translation>ИНН: обязательное поле — 10 цифр (организация) или 12 (ИП)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="392"/>
        <source>Предприятие с ИНН %1 уже есть в базе: «%2» (карточка № %3).</source>
        <translation>Предприятие с ИНН %1 уже есть в базе: «%2» (карточка № %3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="424"/>
        <source>Нет прав</source>
        <translation>Нет прав</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/enterprise_editor.py" line="347"/>
        <source>Уничтожение персональных данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/enterprise_editor.py" line="348"/>
        <source>Выберите в списке сохранённое контактное лицо без несохранённых изменений.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseEditorForm</name>
    <message>
        <source>Удалить…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Убрать выбранное контактное лицо из карточки (например, сотрудник уволился); запись сохраняется в базе</source>
        <translation>Убрать выбранное контактное лицо из карточки (например, сотрудник уволился); запись сохраняется в базе</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Предприятие</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Реквизиты</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Полное наименование *</source>
        <translation>Полное наименование *</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Общество с ограниченной ответственностью «…»</source>
        <translation>Общество с ограниченной ответственностью «…»</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Краткое наименование</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ООО «…»</source>
        <translation>ООО «…»</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ИНН *</source>
        <translation>ИНН *</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>10 цифр (организация) или 12 цифр (ИП)</source>
        <translation>10 цифр (организация) или 12 цифр (ИП)</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Открыть карточку</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>КПП</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>9 знаков</source>
        <translation>9 знаков</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ОГРН / ОГРНИП</source>
        <translation>ОГРН / ОГРНИП</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>13 или 15 цифр</source>
        <translation>13 или 15 цифр</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Регион</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>код из двух цифр, по ИНН</source>
        <translation>код из двух цифр, по ИНН</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ОКВЭД</source>
        <translation>ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>например 28.13</source>
        <translation>например 28.13</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Категория</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Юридический адрес</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Фактический адрес</source>
        <translation>Фактический адрес</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Телефон</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Электронная почта</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Сайт</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Руководитель</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Фамилия Имя Отчество</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Должность руководителя</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Генеральный директор</source>
        <translation>Генеральный директор</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Примечания</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Поля, отмеченные *, обязательны. ИНН, КПП и ОГРН проверяются по контрольным числам.</source>
        <translation>Поля, отмеченные *, обязательны. ИНН, КПП и ОГРН проверяются по контрольным числам.</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Контактные лица</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Добавить…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Изменить…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Контактные лица — персональные данные: для каждого укажите основание обработки (152-ФЗ).</source>
        <translation>Контактные лица — персональные данные: для каждого укажите основание обработки (152-ФЗ).</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Консультации</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Досье</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/enterprise_editor.ui" line="4"/>
        <source>Уничтожить персональные данные…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/enterprise_editor.ui" line="4"/>
        <source>Уничтожить персональные данные выбранного контактного лица по запросу (152-ФЗ) и составить акт</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="157"/>
        <source>Основание: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="161"/>
        <source>Принято: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="167"/>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="234"/>
        <source>Правило: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="169"/>
        <source>Двойной щелчок — перейти к полю или документу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="176"/>
        <source>Замечаний нет: досье соответствует всем правилам профиля.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="178"/>
        <source>Ошибок: %1, предупреждений: %2 (не принято: %3), сведений: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="223"/>
        <source>Изменить причину…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="224"/>
        <source>Принять предупреждение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="228"/>
        <source>Выберите замечание, чтобы увидеть подробности; двойной щелчок переходит к полю или документу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="232"/>
        <source>Основание: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="237"/>
        <source>пользователь не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="240"/>
        <source>Принято (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="252"/>
        <source>Принять предупреждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="253"/>
        <source>Предупреждение: «%1».
Укажите, почему его можно принять (причина обязательна и сохраняется в журнале).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="255"/>
        <source>Принять</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="121"/>
        <source>Создать и войти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="128"/>
        <source>Пароль ещё раз: пароли не совпадают.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="205"/>
        <source>Просроченные, сегодня и на неделе</source>
        <translation>Просроченные, сегодня и на неделе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="206"/>
        <source>Только просроченные</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="207"/>
        <source>На сегодня</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="208"/>
        <source>Все невыполненные</source>
        <translation>Все невыполненные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="211"/>
        <source>Какие следующие шаги показать</source>
        <translation>Какие следующие шаги показать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="212"/>
        <source>Только мои</source>
        <translation>Только мои</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="213"/>
        <source>Выполнено</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="214"/>
        <source>Отметить выбранный следующий шаг выполненным</source>
        <translation>Отметить выбранный следующий шаг выполненным</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="221"/>
        <source>Следующих шагов на этот срок нет.</source>
        <translation>Следующих шагов на этот срок нет.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="255"/>
        <source>Обзор</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="267"/>
        <location filename="../../desktop_app/ui/pages.py" line="344"/>
        <source>Досье</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="282"/>
        <source>Мои следующие шаги (просроченные и на неделю)</source>
        <translation>Мои следующие шаги (просроченные и на неделю)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="286"/>
        <source>Недавно изменённые</source>
        <translation>Недавно изменённые</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="336"/>
        <source>без срока</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="341"/>
        <source>Сроков на ближайшую неделю нет.</source>
        <translation>Сроков на ближайшую неделю нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="343"/>
        <source>Предприятие</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="343"/>
        <source>Консультация</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="350"/>
        <source>Изменений пока нет.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="425"/>
        <source>Показатели</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="430"/>
        <source>Консультации в этом месяце</source>
        <translation>Консультации в этом месяце</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="431"/>
        <source>Досье в работе</source>
        <translation>Досье в работе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="432"/>
        <source>Досье готовы к направлению</source>
        <translation>Досье готовы к направлению</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="433"/>
        <source>Направлено в Агентство в этом году</source>
        <translation>Направлено в Агентство в этом году</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="434"/>
        <source>Просроченные следующие шаги</source>
        <translation>Просроченные следующие шаги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="437"/>
        <source>Все досье, кроме отклонённых, отозванных и с заключённым соглашением</source>
        <translation>Все досье, кроме отклонённых, отозванных и с заключённым соглашением</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="439"/>
        <source>Итоговые письма-направления с начала года (повторные письма не считаются)</source>
        <translation>Итоговые письма-направления с начала года (повторные письма не считаются)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="455"/>
        <source>В базе:</source>
        <translation>В базе:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="456"/>
        <source>предприятий,</source>
        <translation>предприятий,</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="457"/>
        <source>консультаций,</source>
        <translation>консультаций,</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="303"/>
        <source>досье</source>
        <translation>досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="487"/>
        <source>За последние 12 месяцев консультаций нет. Запишите первую: Файл → Новая консультация (Ctrl+N).</source>
        <translation>За последние 12 месяцев консультаций нет. Запишите первую: Файл → Новая консультация (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="492"/>
        <source>Досье пока нет. Откройте первое в разделе «Досье» кнопкой «Новое досье…».</source>
        <translation>Досье пока нет. Откройте первое в разделе «Досье» кнопкой «Новое досье…».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="496"/>
        <source>За последние два года направлений в Агентство не было.</source>
        <translation>За последние два года направлений в Агентство не было.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="498"/>
        <source>Консультации по месяцам, по центру</source>
        <translation>Консультации по месяцам, по центру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="499"/>
        <source>Досье по статусам, по центру</source>
        <translation>Досье по статусам, по центру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="500"/>
        <source>Направления по кварталам, по центру</source>
        <translation>Направления по кварталам, по центру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="504"/>
        <source>Консультации за последние 12 месяцев по каналам</source>
        <translation>Консультации за последние 12 месяцев по каналам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="505"/>
        <source>Сколько досье сейчас в каждом статусе</source>
        <translation>Сколько досье сейчас в каждом статусе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="507"/>
        <source>Итоговые письма-направления в Агентство за последние 8 кварталов (столбцы) и сумма грантов, которые запрашивают эти досье (линия)</source>
        <translation>Итоговые письма-направления в Агентство за последние 8 кварталов (столбцы) и сумма грантов, которые запрашивают эти досье (линия)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="512"/>
        <source>Щёлкните по статусу, чтобы открыть список досье.</source>
        <translation>Щёлкните по статусу, чтобы открыть список досье.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="514"/>
        <source>Щёлкните по столбцу, чтобы открыть список.</source>
        <translation>Щёлкните по столбцу, чтобы открыть список.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="561"/>
        <source>мои: %1</source>
        <translation>мои: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="564"/>
        <source>по центру: %1</source>
        <translation>по центру: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="578"/>
        <source>Срок прошёл</source>
        <translation>Срок прошёл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="617"/>
        <source>%1 кв.</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="623"/>
        <source>Запрошено грантов: %1</source>
        <translation>Запрошено грантов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="627"/>
        <source>Направлено досье</source>
        <translation>Направлено досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="623"/>
        <source>Запрошено грантов</source>
        <translation>Запрошено грантов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="645"/>
        <source>%1 квартал %2 г.</source>
        <translation>%1 квартал %2 г.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="670"/>
        <source>млн</source>
        <translation>млн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="670"/>
        <source>млрд</source>
        <translation>млрд</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="560"/>
        <source>Показатели не удалось прочитать. %1 Нажмите «Обновить» (F5), чтобы попробовать ещё раз.</source>
        <translation>Показатели не удалось прочитать. %1 Нажмите «Обновить» (F5), чтобы попробовать ещё раз.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="75"/>
        <source>Импорт предприятий из Excel</source>
        <translation>Импорт предприятий из Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="88"/>
        <source>Импортировать</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="90"/>
        <source>Закрыть</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="91"/>
        <source>Закрыть окно (Esc)</source>
        <translation>Закрыть окно (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="108"/>
        <source>Файл со списком предприятий</source>
        <translation>Файл со списком предприятий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="109"/>
        <source>Таблицы (*.xlsx *.csv);;Все файлы (*)</source>
        <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="133"/>
        <source>Строка</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="134"/>
        <source>Замечания</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="150"/>
        <source>уже есть в базе (карточка № %1)</source>
        <translation>уже есть в базе (карточка № %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="186"/>
        <source>Строк с данными: %1, без ошибок: %2.</source>
        <translation>Строк с данными: %1, без ошибок: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="193"/>
        <source>Ошибок: %1 — импорт невозможен, ничего не будет записано. Исправьте отмеченные строки и выберите файл снова.</source>
        <translation>Ошибок: %1 — импорт невозможен, ничего не будет записано. Исправьте отмеченные строки и выберите файл снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="198"/>
        <source>Предприятий, которые уже есть в базе: %1 — отметьте «Обновлять карточки…» или уберите их из файла.</source>
        <translation>Предприятий, которые уже есть в базе: %1 — отметьте «Обновлять карточки…» или уберите их из файла.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="203"/>
        <source>В файле нет строк с данными.</source>
        <translation>В файле нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="205"/>
        <source>Не используются столбцы: %1.</source>
        <translation>Не используются столбцы: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="211"/>
        <source>Можно импортировать.</source>
        <translation>Можно импортировать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="230"/>
        <source>Импорт предприятий…</source>
        <translation>Импорт предприятий…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="230"/>
        <source>Отменить</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="233"/>
        <source>Импорт</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="267"/>
        <source>Импорт завершён</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="275"/>
        <source>Импорт не выполнен, ничего не записано: %1</source>
        <translation>Импорт не выполнен, ничего не записано: %1</translation>
    </message>
</context>
<context>
    <name>ImportEnterprisesForm</name>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Импорт предприятий</source>
        <translation>Импорт предприятий</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Выберите файл XLSX или CSV со списком предприятий. Первая строка — заголовки столбцов (ИНН, Наименование, КПП, ОГРН, …). Импорт выполняется целиком или не выполняется совсем: если хотя бы одна строка с ошибкой, ничего не записывается.</source>
        <translation>Выберите файл XLSX или CSV со списком предприятий. Первая строка — заголовки столбцов (ИНН, Наименование, КПП, ОГРН, …). Импорт выполняется целиком или не выполняется совсем: если хотя бы одна строка с ошибкой, ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Файл:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>файл не выбран</source>
        <translation>файл не выбран</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Выбрать файл…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Обновлять карточки предприятий, которые уже есть в базе (по ИНН)</source>
        <translation>Обновлять карточки предприятий, которые уже есть в базе (по ИНН)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>удаление контактного лица из карточки</source>
        <translation>удаление контактного лица из карточки</translation>
    </message>
    <message>
        <source>смена статуса досье</source>
        <translation>смена статуса досье</translation>
    </message>
    <message>
        <source>приложение документа</source>
        <translation>приложение документа</translation>
    </message>
    <message>
        <source>добавление файлов к документу</source>
        <translation>добавление файлов к документу</translation>
    </message>
    <message>
        <source>замена файла документа</source>
        <translation>замена файла документа</translation>
    </message>
    <message>
        <source>принятие предупреждения</source>
        <translation>принятие предупреждения</translation>
    </message>
    <message>
        <source>отмена принятия предупреждения</source>
        <translation>отмена принятия предупреждения</translation>
    </message>
    <message>
        <source>передача другому консультанту</source>
        <translation>передача другому консультанту</translation>
    </message>
    <message>
        <source>проверка досье</source>
        <translation>проверка досье</translation>
    </message>
    <message>
        <source>переход на новую версию профиля программы</source>
        <translation>переход на новую версию профиля программы</translation>
    </message>
    <message>
        <source>загрузка данных</source>
        <translation>загрузка данных</translation>
    </message>
    <message>
        <source>очистка хранилища файлов</source>
        <translation>очистка хранилища файлов</translation>
    </message>
    <message>
        <source>установка профиля программы</source>
        <translation>установка профиля программы</translation>
    </message>
    <message>
        <source>создание демонстрационных данных</source>
        <translation>создание демонстрационных данных</translation>
    </message>
    <message>
        <source>профиль программы</source>
        <translation>профиль программы</translation>
    </message>
    <message>
        <source>хранилище файлов</source>
        <translation>хранилище файлов</translation>
    </message>
    <message>
        <source>файл документа</source>
        <translation>файл документа</translation>
    </message>
    <message>
        <source>исходящее письмо</source>
        <translation>исходящее письмо</translation>
    </message>
    <message>
        <source>идентификатор</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>создано</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>изменено</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>создал (№ пользователя)</source>
        <translation>создал (№ пользователя)</translation>
    </message>
    <message>
        <source>изменил (№ пользователя)</source>
        <translation>изменил (№ пользователя)</translation>
    </message>
    <message>
        <source>имя входа</source>
        <translation>имя входа</translation>
    </message>
    <message>
        <source>полное наименование</source>
        <translation>полное наименование</translation>
    </message>
    <message>
        <source>краткое наименование</source>
        <translation>краткое наименование</translation>
    </message>
    <message>
        <source>должность</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>сайт</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>роль</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>учётная запись действует</source>
        <translation>учётная запись действует</translation>
    </message>
    <message>
        <source>неудачных попыток входа</source>
        <translation>неудачных попыток входа</translation>
    </message>
    <message>
        <source>заблокирована до</source>
        <translation>заблокирована до</translation>
    </message>
    <message>
        <source>последний вход</source>
        <translation>последний вход</translation>
    </message>
    <message>
        <source>юридический адрес</source>
        <translation>юридический адрес</translation>
    </message>
    <message>
        <source>почтовый адрес</source>
        <translation>почтовый адрес</translation>
    </message>
    <message>
        <source>фактический адрес</source>
        <translation>фактический адрес</translation>
    </message>
    <message>
        <source>ИНН</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>КПП</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>ОГРН</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>должность руководителя</source>
        <translation>должность руководителя</translation>
    </message>
    <message>
        <source>надпись на бланке</source>
        <translation>надпись на бланке</translation>
    </message>
    <message>
        <source>вид исходящего номера</source>
        <translation>вид исходящего номера</translation>
    </message>
    <message>
        <source>регион</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>ОКВЭД</source>
        <translation>ОКВЭД</translation>
    </message>
    <message>
        <source>категория предприятия</source>
        <translation>категория предприятия</translation>
    </message>
    <message>
        <source>примечания</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>предприятие (№)</source>
        <translation>предприятие (№)</translation>
    </message>
    <message>
        <source>фамилия</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>имя</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>отчество</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>основание обработки персональных данных</source>
        <translation>основание обработки персональных данных</translation>
    </message>
    <message>
        <source>дата согласия</source>
        <translation>дата согласия</translation>
    </message>
    <message>
        <source>дата отзыва согласия</source>
        <translation>дата отзыва согласия</translation>
    </message>
    <message>
        <source>данные уничтожены</source>
        <translation>данные уничтожены</translation>
    </message>
    <message>
        <source>контактное лицо (№)</source>
        <translation>контактное лицо (№)</translation>
    </message>
    <message>
        <source>консультант (№ пользователя)</source>
        <translation>консультант (№ пользователя)</translation>
    </message>
    <message>
        <source>дата и время</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>канал</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>тема</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>программа</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>вопросы</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <source>что посоветовали</source>
        <translation>что посоветовали</translation>
    </message>
    <message>
        <source>итог</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>длительность, мин</source>
        <translation>длительность, мин</translation>
    </message>
    <message>
        <source>следующий шаг</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>срок следующего шага</source>
        <translation>срок следующего шага</translation>
    </message>
    <message>
        <source>шаг выполнен</source>
        <translation>шаг выполнен</translation>
    </message>
    <message>
        <source>ответы предварительной проверки</source>
        <translation>ответы предварительной проверки</translation>
    </message>
    <message>
        <source>итог предварительной проверки</source>
        <translation>итог предварительной проверки</translation>
    </message>
    <message>
        <source>дата предварительной проверки</source>
        <translation>дата предварительной проверки</translation>
    </message>
    <message>
        <source>консультация (№)</source>
        <translation>консультация (№)</translation>
    </message>
    <message>
        <source>досье (№)</source>
        <translation>досье (№)</translation>
    </message>
    <message>
        <source>версия профиля программы</source>
        <translation>версия профиля программы</translation>
    </message>
    <message>
        <source>статус</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>статус изменён</source>
        <translation>статус изменён</translation>
    </message>
    <message>
        <source>дата вступления в силу</source>
        <translation>дата вступления в силу</translation>
    </message>
    <message>
        <source>дата подачи заявки</source>
        <translation>дата подачи заявки</translation>
    </message>
    <message>
        <source>заявку подписывает руководитель</source>
        <translation>заявку подписывает руководитель</translation>
    </message>
    <message>
        <source>наименование</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>комплектующее изделие</source>
        <translation>комплектующее изделие</translation>
    </message>
    <message>
        <source>иностранный аналог</source>
        <translation>иностранный аналог</translation>
    </message>
    <message>
        <source>производитель аналога</source>
        <translation>производитель аналога</translation>
    </message>
    <message>
        <source>страна производителя аналога</source>
        <translation>страна производителя аналога</translation>
    </message>
    <message>
        <source>отрасль применения</source>
        <translation>отрасль применения</translation>
    </message>
    <message>
        <source>потребители</source>
        <translation>потребители</translation>
    </message>
    <message>
        <source>начало</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>окончание</source>
        <translation>окончание</translation>
    </message>
    <message>
        <source>стоимость проекта</source>
        <translation>стоимость проекта</translation>
    </message>
    <message>
        <source>запрашиваемый грант</source>
        <translation>запрашиваемый грант</translation>
    </message>
    <message>
        <source>сумма</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>объём серийного выпуска</source>
        <translation>объём серийного выпуска</translation>
    </message>
    <message>
        <source>годы серийного выпуска</source>
        <translation>годы серийного выпуска</translation>
    </message>
    <message>
        <source>последняя проверка</source>
        <translation>последняя проверка</translation>
    </message>
    <message>
        <source>итог последней проверки</source>
        <translation>итог последней проверки</translation>
    </message>
    <message>
        <source>ошибок</source>
        <translation>ошибок</translation>
    </message>
    <message>
        <source>предупреждений</source>
        <translation>предупреждений</translation>
    </message>
    <message>
        <source>вид документа</source>
        <translation>вид документа</translation>
    </message>
    <message>
        <source>номер</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>дата выдачи</source>
        <translation>дата выдачи</translation>
    </message>
    <message>
        <source>действует до</source>
        <translation>действует до</translation>
    </message>
    <message>
        <source>дата получения</source>
        <translation>дата получения</translation>
    </message>
    <message>
        <source>удалён</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>файлы</source>
        <translation>файлы</translation>
    </message>
    <message>
        <source>файл (№)</source>
        <translation>файл (№)</translation>
    </message>
    <message>
        <source>имя файла</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>контрольная сумма</source>
        <translation>контрольная сумма</translation>
    </message>
    <message>
        <source>размер, байт</source>
        <translation>размер, байт</translation>
    </message>
    <message>
        <source>вид файла</source>
        <translation>вид файла</translation>
    </message>
    <message>
        <source>страниц</source>
        <translation>страниц</translation>
    </message>
    <message>
        <source>предупреждения</source>
        <translation>предупреждения</translation>
    </message>
    <message>
        <source>правило</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>текст</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>причина</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>версия</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>файл</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>записей</source>
        <translation>записей</translation>
    </message>
    <message>
        <source>удалено файлов</source>
        <translation>удалено файлов</translation>
    </message>
    <message>
        <source>из копии</source>
        <translation>из копии</translation>
    </message>
    <message>
        <source>страховочная копия</source>
        <translation>страховочная копия</translation>
    </message>
    <message>
        <source>восстановлено файлов</source>
        <translation>восстановлено файлов</translation>
    </message>
    <message>
        <source>недостающих файлов</source>
        <translation>недостающих файлов</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="26"/>
        <source>черновик</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="27"/>
        <source>готово к направлению</source>
        <translation>готово к направлению</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="28"/>
        <source>направлено в Агентство</source>
        <translation>направлено в Агентство</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="29"/>
        <source>заявка подана</source>
        <translation>заявка подана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="30"/>
        <source>одобрено</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="31"/>
        <source>отклонено</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="32"/>
        <source>отозвано</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="33"/>
        <source>соглашение заключено</source>
        <translation>соглашение заключено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="38"/>
        <source>телефон</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="39"/>
        <source>электронная почта</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="40"/>
        <source>личный приём</source>
        <translation>личный приём</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="41"/>
        <source>мероприятие</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="42"/>
        <source>видеосвязь</source>
        <translation>видеосвязь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="47"/>
        <source>микропредприятие</source>
        <translation>микропредприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="48"/>
        <source>малое</source>
        <translation>малое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="49"/>
        <source>среднее</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="50"/>
        <source>крупное</source>
        <translation>крупное</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="54"/>
        <source>не указана</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="58"/>
        <source>представитель организации в рамках обращения</source>
        <translation>представитель организации в рамках обращения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="59"/>
        <source>согласие субъекта персональных данных</source>
        <translation>согласие субъекта персональных данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="60"/>
        <source>исполнение договора</source>
        <translation>исполнение договора</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="61"/>
        <source>общедоступные сведения (ЕГРЮЛ)</source>
        <translation>общедоступные сведения (ЕГРЮЛ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="66"/>
        <source>консультант</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="67"/>
        <source>руководитель</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="68"/>
        <source>администратор</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="73"/>
        <source>может подать заявку</source>
        <translation>может подать заявку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="74"/>
        <source>не может подать заявку</source>
        <translation>не может подать заявку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="75"/>
        <source>требуется уточнение</source>
        <translation>требуется уточнение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="80"/>
        <source>ошибка</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="97"/>
        <source>предупреждение</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="82"/>
        <source>сведения</source>
        <translation>сведения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="87"/>
        <source>подтверждено</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="88"/>
        <source>по сообщениям</source>
        <translation>по сообщениям</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="89"/>
        <source>допущение</source>
        <translation>допущение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="94"/>
        <source>выполнено</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="95"/>
        <source>не выполнено</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="96"/>
        <source>не применимо</source>
        <translation>не применимо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="102"/>
        <source>создание записи</source>
        <translation>создание записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="103"/>
        <source>изменение записи</source>
        <translation>изменение записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="104"/>
        <source>удаление записи</source>
        <translation>удаление записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="105"/>
        <source>предварительная проверка</source>
        <translation>предварительная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="106"/>
        <source>вход в программу</source>
        <translation>вход в программу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="107"/>
        <source>неудачный вход</source>
        <translation>неудачный вход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="108"/>
        <source>вход отклонён</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="109"/>
        <source>выход из программы</source>
        <translation>выход из программы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="110"/>
        <source>блокировка учётной записи</source>
        <translation>блокировка учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="111"/>
        <source>разблокировка учётной записи</source>
        <translation>разблокировка учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="112"/>
        <source>блокировка экрана</source>
        <translation>блокировка экрана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="113"/>
        <source>разблокировка экрана</source>
        <translation>разблокировка экрана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="114"/>
        <source>неверный пароль при разблокировке</source>
        <translation>неверный пароль при разблокировке</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="115"/>
        <source>сброс пароля администратором</source>
        <translation>сброс пароля администратором</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="116"/>
        <source>смена пароля</source>
        <translation>смена пароля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="117"/>
        <source>обновление хеша пароля</source>
        <translation>обновление хеша пароля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="118"/>
        <source>выгрузка</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="119"/>
        <source>печать</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="120"/>
        <source>открытие файла</source>
        <translation>открытие файла</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="121"/>
        <source>просмотр персональных данных</source>
        <translation>просмотр персональных данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="122"/>
        <source>формирование пакета направления</source>
        <translation>формирование пакета направления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="123"/>
        <source>уничтожение персональных данных</source>
        <translation>уничтожение персональных данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="124"/>
        <source>восстановление</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="125"/>
        <source>объединение баз данных</source>
        <translation>объединение баз данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="126"/>
        <source>запись, перенесённая из другой базы</source>
        <translation>запись, перенесённая из другой базы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="129"/>
        <source>пользователь</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="130"/>
        <source>предприятие</source>
        <translation>предприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="131"/>
        <source>контактное лицо</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="132"/>
        <source>консультация</source>
        <translation>консультация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="133"/>
        <source>досье</source>
        <translation>досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="134"/>
        <source>документ</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="135"/>
        <source>настройка</source>
        <translation>настройка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="136"/>
        <source>реквизиты центра</source>
        <translation>реквизиты центра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="137"/>
        <source>журнал событий</source>
        <translation>журнал событий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="138"/>
        <source>база данных</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="142"/>
        <source>да</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/core/vocabulary.py" line="143"/>
        <source>по запросу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/core/vocabulary.py" line="144"/>
        <source>повторно после восстановления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>грант</source>
        <translation>грант</translation>
    </message>
    <message>
        <source>собственные средства</source>
        <translation>собственные средства</translation>
    </message>
    <message>
        <source>иные средства</source>
        <translation>иные средства</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="59"/>
        <source>Отбор по словам…</source>
        <translation>Отбор по словам…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="61"/>
        <source>Показать только записи, где встречаются эти слова</source>
        <translation>Показать только записи, где встречаются эти слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="90"/>
        <source>Здесь пока пусто.</source>
        <translation>Здесь пока пусто.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="139"/>
        <source>Записей: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="89"/>
        <source>Показать все</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="90"/>
        <source>Снять отбор, заданный на странице «Обзор»</source>
        <translation>Снять отбор, заданный на странице «Обзор»</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="169"/>
        <source>Работу начал(а): %1 (%2). Введите свой пароль, чтобы продолжить.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Руководство пользователя</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Как работать с программой: от первой консультации до направления (F1)</source>
        <translation>Как работать с программой: от первой консультации до направления (F1)</translation>
    </message>
    <message>
        <source>Сменить пользователя…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <source>Завершить работу и войти под другим именем</source>
        <translation>Завершить работу и войти под другим именем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>&amp;Отчёты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Отчёт о работе за период…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Реестр направлений…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Отчёты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Предварительная проверка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Дата проверки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="71"/>
        <source>РИЦ: приём и сопровождение заявок</source>
        <translation>РИЦ: приём и сопровождение заявок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="98"/>
        <source>Обзор</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="99"/>
        <source>Предприятия</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="100"/>
        <source>Консультации</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="101"/>
        <source>Досье</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Следующие шаги</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Поиск</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>Наименование</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>ИНН</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>КПП</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="122"/>
        <source>ОГРН</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="122"/>
        <source>Регион</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="122"/>
        <source>Телефон</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <source>Руководитель</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Изменено</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126"/>
        <source>Предприятий в базе пока нет. Добавьте первое предприятие вручную или загрузите список из файла Excel.</source>
        <translation>Предприятий в базе пока нет. Добавьте первое предприятие вручную или загрузите список из файла Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Добавить предприятие</source>
        <translation>Добавить предприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="130"/>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>Импорт из Excel…</source>
        <translation>Импорт из Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>Дата и время</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Предприятие</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>Канал</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <source>Тема</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Следующий шаг</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Срок</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Выполнен</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Консультаций пока нет. Запишите первую: Файл → Новая консультация (Ctrl+N).</source>
        <translation>Консультаций пока нет. Запишите первую: Файл → Новая консультация (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Проект</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Программа</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Статус</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Грант</source>
        <translation>Грант</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Подано</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>Досье пока нет.</source>
        <translation>Досье пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Тема консультации</source>
        <translation>Тема консультации</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>Консультация</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>Новая консультация</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175"/>
        <source>Новое предприятие</source>
        <translation>Новое предприятие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="196"/>
        <source>Создать</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="198"/>
        <source>Создать запись в текущем разделе (Ctrl+N)</source>
        <translation>Создать запись в текущем разделе (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200"/>
        <source>Новое предприятие…</source>
        <translation>Новое предприятие…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202"/>
        <source>Новая консультация…</source>
        <translation>Новая консультация…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Импорт предприятий из Excel…</source>
        <translation>Импорт предприятий из Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="206"/>
        <source>Сохранить</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207"/>
        <source>Сохранять нечего: изменения сохраняются в окнах редактирования (Ctrl+S)</source>
        <translation>Сохранять нечего: изменения сохраняются в окнах редактирования (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210"/>
        <source>Печать…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>Печатать пока нечего: печать документов досье появится вместе с редактором досье (Ctrl+P)</source>
        <translation>Печатать пока нечего: печать документов досье появится вместе с редактором досье (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215"/>
        <source>Найти</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216"/>
        <source>Поиск по предприятиям и консультациям (Ctrl+F)</source>
        <translation>Поиск по предприятиям и консультациям (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <source>Обновить</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219"/>
        <source>Обновить раздел (F5)</source>
        <translation>Обновить раздел (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="223"/>
        <source>Выход</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224"/>
        <source>Открыть выбранное</source>
        <translation>Открыть выбранное</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225"/>
        <source>Открыть выбранную запись (Enter)</source>
        <translation>Открыть выбранную запись (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226"/>
        <source>Отметить шаг выполненным</source>
        <translation>Отметить шаг выполненным</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228"/>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>О программе</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231"/>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>&amp;Правка</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244"/>
        <source>&amp;Вид</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="252"/>
        <source>&amp;Настройки</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="253"/>
        <location filename="../../desktop_app/ui/main_window.py" line="435"/>
        <source>Язык интерфейса</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264"/>
        <source>&amp;Справка</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="267"/>
        <source>Основная панель</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277"/>
        <source>Поиск: наименование, ИНН, ОГРН, текст консультации (Ctrl+F)</source>
        <translation>Поиск: наименование, ИНН, ОГРН, текст консультации (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281"/>
        <source>Регистр букв и различие «е»/«ё» не учитываются</source>
        <translation>Регистр букв и различие «е»/«ё» не учитываются</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="294"/>
        <source>База данных: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="295"/>
        <source>Пользователь: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="422"/>
        <source>Шаг не отмечен</source>
        <translation>Шаг не отмечен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="436"/>
        <source>Язык интерфейса изменится при следующем запуске программы.</source>
        <translation>Язык интерфейса изменится при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="441"/>
        <source>%1, версия %2.
Рабочее место консультанта регионального инжинирингового центра: предприятия, консультации, досье заявок.</source>
        <translation>%1, версия %2.
Рабочее место консультанта регионального инжинирингового центра: предприятия, консультации, досье заявок.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Ошибки / предупр.</source>
        <translation>Ошибки / предупр.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Напечатать показанный список (Ctrl+P)</source>
        <translation>Напечатать показанный список (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Экспорт списка…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Выгрузить показанный список в Excel или CSV с отбором, сортировкой и столбцами</source>
        <translation>Выгрузить показанный список в Excel или CSV с отбором, сортировкой и столбцами</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Подключение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="274"/>
        <source>Работать с другой базой: локальной или на сервере центра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="65"/>
        <source>&amp;Администрирование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="119"/>
        <source>Пользователи…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="120"/>
        <source>Журнал событий…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="121"/>
        <source>Резервные копии и восстановление…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="123"/>
        <source>Проверка базы данных…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="124"/>
        <source>Уничтожения персональных данных…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="126"/>
        <source>Профили программ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="127"/>
        <source>Объединение баз…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="128"/>
        <source>Синхронизировать с сервером…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="87"/>
        <source>Восстановление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="88"/>
        <source>База данных восстановлена из резервной копии. Программа закроется; запустите её снова, чтобы работать с восстановленными данными.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="81"/>
        <source>&amp;Документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="93"/>
        <source>Исходящий реестр…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="95"/>
        <source>Реквизиты центра…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475"/>
        <source>Консультации с %1 по %2, канал «%3».</source>
        <translation>Консультации с %1 по %2, канал «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="488"/>
        <source>Досье, направленные в Агентство за %1 (итоговые письма с %2 по %3).</source>
        <translation>Досье, направленные в Агентство за %1 (итоговые письма с %2 по %3).</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="402"/>
        <source>И.О. Фамилии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="403"/>
        <source>Уважаемый Имя Отчество!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="405"/>
        <source>[год] — год письма, [номер] — его порядковый номер с начала года, [номер:4] — тот же номер из четырёх цифр с нулями впереди. Например, «РИЦ-[год]/[номер:4]» даёт номер РИЦ-2026/0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="418"/>
        <source>Сохранить</source>
        <translation type="unfinished">Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="428"/>
        <source>Изменять реквизиты центра может администратор</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageOptions</name>
    <message>
        <location filename="../../forms/package_options.ui" line="9"/>
        <source>Направление в Агентство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="14"/>
        <source>Досье</source>
        <translation type="unfinished">Досье</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="20"/>
        <source>Проект (без номера, с отметкой «ПРОЕКТ», не регистрируется)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="25"/>
        <source>Подшить файлы документов досье (PDF и изображения)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="32"/>
        <source>Должность адресата (кому):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="40"/>
        <source>Адресат (И.О. Фамилии):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="48"/>
        <source>Обращение:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="56"/>
        <source>Заголовок письма:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="64"/>
        <source>Ссылка на входящее:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>В ответ на письмо:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>на №</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>от</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>Взамен письма:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>Неподшитые документы направляются:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="72"/>
        <source>Собственный текст письма:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="82"/>
        <source>Пустые поля берутся из реквизитов центра (вкладка «Письмо в Агентство»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="84"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="234"/>
        <source>Досье № %1</source>
        <translation type="unfinished">Досье № %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="240"/>
        <source>Итоговое направление с номером подписывает руководитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="251"/>
        <source>Например: И.И. Иванову</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="253"/>
        <source>Сформировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="266"/>
        <source>Формируется…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>заявителем в составе заявки на платформе Агентства</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>Как документы досье, не подшитые в пакет, попадают в Агентство: печатается в письме и в описи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>проект письма не заменяет ранее выпущенные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>исх. № %1 от %2 (новое письмо выйдет взамен него)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>нет: первое письмо по этому досье</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>Укажите номер входящего письма, на которое дан ответ, или снимите отметку «В ответ на письмо»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageOrganization</name>
    <message>
        <location filename="../../forms/package_organization.ui" line="9"/>
        <source>Реквизиты центра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="16"/>
        <source>Реквизиты</source>
        <translation type="unfinished">Реквизиты</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="22"/>
        <source>Полное наименование:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="30"/>
        <source>Краткое наименование:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="38"/>
        <source>Юридический адрес:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="46"/>
        <source>Почтовый адрес:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="54"/>
        <source>Телефон:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="62"/>
        <source>Электронная почта:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="70"/>
        <source>Сайт:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="78"/>
        <source>ИНН:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="86"/>
        <source>КПП:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="94"/>
        <source>ОГРН:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="102"/>
        <source>Руководитель (И.О. Фамилия):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="110"/>
        <source>Должность руководителя:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="118"/>
        <source>Дополнительно на бланке:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="126"/>
        <source>Формат исходящего номера:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="137"/>
        <source>Письмо в Агентство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="143"/>
        <source>Должность адресата (в дательном падеже):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="151"/>
        <source>Адресат (И.О. Фамилии):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="159"/>
        <source>Организация адресата:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="167"/>
        <source>Адрес адресата:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="175"/>
        <source>Обращение:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="183"/>
        <source>Заголовок письма:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="191"/>
        <source>Должность подписывающего по умолчанию:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="201"/>
        <source>Инициалы и фамилию адресата программа не подставляет сама: без них итоговое направление не формируется.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePreview</name>
    <message>
        <location filename="../../forms/package_preview.ui" line="9"/>
        <source>Просмотр документа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="16"/>
        <source>Документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="27"/>
        <source>Страниц: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="33"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="34"/>
        <source>Уменьшить (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="40"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="41"/>
        <source>Увеличить (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="46"/>
        <source>По ширине</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="70"/>
        <source>Печать…</source>
        <translation type="unfinished">Печать…</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="75"/>
        <source>Сохранить как…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="85"/>
        <source>Закрыть</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
</context>
<context>
    <name>PackageRegister</name>
    <message>
        <location filename="../../forms/package_register.ui" line="9"/>
        <source>Исходящий реестр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="14"/>
        <source>Зарегистрированные направления в Агентство, новые сверху. Двойной щелчок открывает сохранённый PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="36"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="41"/>
        <source>Обновить</source>
        <translation type="unfinished">Обновить</translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="42"/>
        <source>Обновить список (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="52"/>
        <source>Закрыть</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/table_model.py" line="192"/>
        <source>По этому столбцу список не сортируется</source>
        <translation>По этому столбцу список не сортируется</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_model.py" line="245"/>
        <source>без срока</source>
        <translation>без срока</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="121"/>
        <source>Страниц: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="154"/>
        <source>Принтер не готов: проверьте его и повторите печать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="181"/>
        <source>Печать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="187"/>
        <source>Отправлено на печать страниц: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="192"/>
        <source>Сохранить PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="192"/>
        <source>Документы PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="202"/>
        <source>Файл «%1» не сохранён: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="206"/>
        <source>Сохранено: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="56"/>
        <source>Причину можно не указывать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="66"/>
        <source>Готово</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="67"/>
        <source>Отмена</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="85"/>
        <source>Причина: укажите причину — без неё действие не выполняется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="87"/>
        <source>Причина: слишком длинный текст — %1 знаков при максимуме %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="90"/>
        <source>Дата: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="92"/>
        <source>Дата: укажите дату в формате дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="345"/>
        <source>Писем в реестре: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="346"/>
        <source>Реестр пуст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="351"/>
        <source>Выберите письмо в списке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="361"/>
        <source>PDF не прочитан: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="367"/>
        <source>Направление № %1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="373"/>
        <location filename="../../desktop_app/ui/pages.py" line="397"/>
        <source>Введите слова для поиска в поле «Поиск» (Ctrl+F).</source>
        <translation>Введите слова для поиска в поле «Поиск» (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="377"/>
        <source>Предприятия</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="381"/>
        <source>Консультации</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="412"/>
        <source>«%1»: предприятий %2, консультаций %3 (показаны первые 100).</source>
        <translation>«%1»: предприятий %2, консультаций %3 (показаны первые 100).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Открыть весь список…</source>
        <translation>Открыть весь список…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Показать все найденные записи в списке раздела, с сортировкой, экспортом и печатью</source>
        <translation>Показать все найденные записи в списке раздела, с сортировкой, экспортом и печатью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>«%1»: предприятий %2, консультаций %3.</source>
        <translation>«%1»: предприятий %2, консультаций %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>показаны первые %1 из %2</source>
        <translation>показаны первые %1 из %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="81"/>
        <source>Войти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="91"/>
        <source>Введите имя входа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="105"/>
        <source>Открываю базу данных…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="50"/>
        <source>Сохранить</source>
        <translation type="unfinished">Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="54"/>
        <source>Учётная запись «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="65"/>
        <source>Новый пользователь</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="127"/>
        <source>активна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="127"/>
        <source>отключена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="129"/>
        <source>, заблокирована до %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="144"/>
        <source>Выберите пользователя в списке.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="120"/>
        <source>Компьютер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="120"/>
        <source>Вошёл в программу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="121"/>
        <source>С какого времени</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="121"/>
        <source>Что открыто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="122"/>
        <source>Пользователь системы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="158"/>
        <source> (это окно)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_QuestionRow</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="66"/>
        <source>(необязательный вопрос)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="77"/>
        <source>Основание: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="90"/>
        <source>Да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="90"/>
        <source>Нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="91"/>
        <source>Не известно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="102"/>
        <source>— нет ответа —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="66"/>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="63"/>
        <source>Отмена</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="279"/>
        <source>Направление № %1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="281"/>
        <source>Проект направления по досье № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="86"/>
        <source>prefer — шифровать, если сервер это умеет (обычно)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="87"/>
        <source>require — только с шифрованием</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="88"/>
        <source>verify-full — шифрование и проверка сертификата сервера</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="89"/>
        <source>disable — без шифрования (только в защищённой сети центра)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="56"/>
        <source>&amp;Администрирование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="78"/>
        <source>Восстановление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="79"/>
        <source>База данных восстановлена из резервной копии. Программа закроется; запустите её снова, чтобы работать с восстановленными данными.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="89"/>
        <source>Пользователи…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="90"/>
        <source>Журнал событий…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="91"/>
        <source>Резервные копии и восстановление…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="93"/>
        <source>Проверка базы данных…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="72"/>
        <source>&amp;Документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="80"/>
        <source>Исходящий реестр…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="82"/>
        <source>Реквизиты центра…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/__init__.py" line="114"/>
        <source>Уничтожения персональных данных…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="126"/>
        <source>Профили программ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="127"/>
        <source>Объединение баз…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="128"/>
        <source>Синхронизировать с сервером…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminErasures</name>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="14"/>
        <source>Уничтожения персональных данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="20"/>
        <source>Каждое уничтожение хранит свой акт в базе: его можно распечатать снова. Если база восстановлена из копии, сделанной до уничтожения, программа уничтожает данные повторно по журналу уничтожений рядом с базой.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="55"/>
        <source>Сохранить акт…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="62"/>
        <source>Применить журнал уничтожений</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasures</name>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="35"/>
        <source>Сохранить акт об уничтожении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="36"/>
        <source>Документ PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="43"/>
        <source>%1

Акт № %2 хранится в базе: сохраните его снова (Администрирование → Уничтожения персональных данных).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="46"/>
        <source>Акт не сохранён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="49"/>
        <source>Печать акта не записана в журнал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="57"/>
        <source>Уничтожение персональных данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="58"/>
        <source>Основание уничтожения персональных данных «%1» (например, «отзыв согласия, заявление от 01.02.2026»):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="64"/>
        <source>Уничтожить персональные данные «%1» без возможности восстановления?

Фамилия, имя, отчество, должность, телефон и почта будут стёрты; консультации и досье останутся. Акт об уничтожении сохраняется в базе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="73"/>
        <source>Данные не уничтожены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="77"/>
        <source>Персональные данные уничтожены. Акт № %1 сохранён в базе; сохраните его файл для подписи комиссией.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasuresDialog</name>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>Акт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="98"/>
        <source>Контактное лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="98"/>
        <source>Предприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="98"/>
        <source>Выполнил(а)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="99"/>
        <source>Основание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="111"/>
        <source>Список уничтожений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="123"/>
        <source>%1 (акт не хранится)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="136"/>
        <source>Уничтожений персональных данных не было.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="145"/>
        <source>Выберите уничтожение в списке.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="147"/>
        <source>Акт не сохранён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="153"/>
        <source>Акт № %1 сохранён: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="157"/>
        <source>Журнал уничтожений не применён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="162"/>
        <source>Повторно уничтожены данные контактных лиц: %1. Сохраните их акты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="166"/>
        <source>Все уничтожения из журнала применены; повторять нечего.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Все консультанты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Все программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Грант</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Документ PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Досье</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Другой период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>ИНН</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Исх. номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Консультаций: %1, предприятий: %2, направлено: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Направлений в периоде: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Направления и итоги</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Направлено (итоговые письма)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт о работе за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт о работе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт сохранён: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт формируется…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Предприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Проект</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Прошлый год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Прошлый квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Прошлый месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Реестр направлений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Реестр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Сохранение отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Сохранить отчёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Сумма гранта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Текущий год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Текущий квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Текущий месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Формирование отчёта отменено.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriodForm</name>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Отчёт за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Период:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Консультант:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Программа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Сформировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Сохранить в Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Сохранить в PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Выгрузка списка…</source>
        <translation>Выгрузка списка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Экспорт списка</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список выгружен: %1 (строк: %2)</source>
        <translation>Список выгружен: %1 (строк: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Выгрузка отменена, файл не записан</source>
        <translation>Выгрузка отменена, файл не записан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список не выгружен: %1</source>
        <translation>Список не выгружен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>(отбор: «%1»)</source>
        <translation>(отбор: «%1»)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Принтер не готов к печати</source>
        <translation>Принтер не готов к печати</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Стр. %1 из %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Печать списка</source>
        <translation>Печать списка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список займёт %1 страниц. Напечатать все страницы или только первые %2?</source>
        <translation>Список займёт %1 страниц. Напечатать все страницы или только первые %2?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Первые %1</source>
        <translation>Первые %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Все страницы</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="69"/>
        <source>Отменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="123"/>
        <source>Книга Excel (*.xlsx);;Текст CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Досье уже есть</source>
        <translation>Досье уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>У предприятия уже есть открытое досье %1 по этой программе. Открыть его или создать ещё одно?</source>
        <translation>У предприятия уже есть открытое досье %1 по этой программе. Открыть его или создать ещё одно?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Открыть существующее</source>
        <translation>Открыть существующее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Создать ещё одно…</source>
        <translation>Создать ещё одно…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Ещё одно досье</source>
        <translation>Ещё одно досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Почему нужно ещё одно открытое досье (запишется в журнал):</source>
        <translation>Почему нужно ещё одно открытое досье (запишется в журнал):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/__init__.py" line="43"/>
        <source>Досье не открыто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/__init__.py" line="58"/>
        <source>Проверка соответствия не открыта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/__init__.py" line="77"/>
        <source>Досье не создано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="46"/>
        <source>Ошибки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="46"/>
        <source>Предупреждения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="46"/>
        <source>Сведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="60"/>
        <source>Правило подтверждено официальным или надёжным источником</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="61"/>
        <source>Правило известно из новостей или вторичных источников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="62"/>
        <source>Правило — допущение, никем не подтверждённое: проверьте его по действующим документам программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="75"/>
        <source>обязательный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="76"/>
        <source>при условии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="77"/>
        <source>рекомендуемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="78"/>
        <source>необязательный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="171"/>
        <source>сумма не может быть отрицательной</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="27"/>
        <source>№ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="18"/>
        <source>Готово к направлению</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="19"/>
        <source>Вернуть в черновик</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="20"/>
        <source>Направлено в Агентство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="21"/>
        <source>Заявка подана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="22"/>
        <source>Одобрено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="23"/>
        <source>Отклонено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="24"/>
        <source>Отозвать досье</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="25"/>
        <source>Соглашение заключено</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Все статусы</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Новое досье…</source>
        <translation>Новое досье…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Открыть досье предприятия по программе</source>
        <translation>Открыть досье предприятия по программе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Все консультанты</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Все программы</source>
        <translation>Все программы</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Новое досье</source>
        <translation>Новое досье</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Наименование, ИНН или ОГРН…</source>
        <translation>Наименование, ИНН или ОГРН…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Предприятие:</source>
        <translation>Предприятие:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Программа:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Выбрано: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="35"/>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="74"/>
        <source>Предприятие не выбрано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="46"/>
        <source>Создать</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>«%1» — не дата: ожидается дд.мм.гггг, например 01.03.2026</source>
        <translation>«%1» — не дата: ожидается дд.мм.гггг, например 01.03.2026</translation>
    </message>
    <message>
        <source>«%1» — такой даты в календаре нет</source>
        <translation>«%1» — такой даты в календаре нет</translation>
    </message>
    <message>
        <source>дд.мм.гггг</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Введите дату с клавиатуры (дд.мм.гггг) или выберите её в календаре</source>
        <translation>Введите дату с клавиатуры (дд.мм.гггг) или выберите её в календаре</translation>
    </message>
    <message>
        <source>; пустое поле — дата не указана</source>
        <translation>; пустое поле — дата не указана</translation>
    </message>
    <message>
        <source>Выбрать в календаре</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>укажите дату</source>
        <translation>укажите дату</translation>
    </message>
</context>
<context>
    <name>DossierDocumentDetailsForm</name>
    <message>
        <source>Сведения о документе</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>Наименование</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Номер</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Дата выдачи</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Действует до</source>
        <translation>Действует до</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>Сведения о документе</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>Вид документа: %1</source>
        <translation>Вид документа: %1</translation>
    </message>
    <message>
        <source>Дата выдачи</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Действует до</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Действует до: срок действия раньше даты выдачи</source>
        <translation>Действует до: срок действия раньше даты выдачи</translation>
    </message>
</context>
<context>
    <name>EditConflictForm</name>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="9"/>
        <source>Запись изменена другим пользователем</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="20"/>
        <source>Посмотрите, что изменилось, и решите: записать свои значения поверх сохранённых или загрузить сохранённые, отказавшись от своих. Esc — вернуться к правке.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="36"/>
        <source>Посмотреть изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="37"/>
        <source>Показать по полям сохранённые значения рядом с вашими</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="48"/>
        <source>Перезаписать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="49"/>
        <source>Записать ваши значения поверх сохранённых другим пользователем</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="54"/>
        <source>Отменить мои изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="55"/>
        <source>Отказаться от своих изменений и загрузить сохранённые значения</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="71"/>
        <source>Сохранено (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="71"/>
        <source>Сохранено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="73"/>
        <source>Поле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="73"/>
        <source>Ваше значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="84"/>
        <source>Значения полей, которые вы правите, совпадают; изменилось другое (например, статус или документы).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="99"/>
        <source>Скрыть изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="5"/>
        <source>Посмотреть изменения</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminProfiles</name>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="14"/>
        <source>Профили программ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="20"/>
        <source>Профиль программы описывает вопросы предварительной проверки, документы и правила. Новый профиль проверяется целиком, прежде чем будет установлен; досье проверяются по последней версии профиля своей программы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="37"/>
        <source>Код</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="42"/>
        <source>Версия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="47"/>
        <source>Действует с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="52"/>
        <source>Программа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="75"/>
        <source>Установить из файла…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="89"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="118"/>
        <source>Подключиться</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="171"/>
        <source>Файл базы данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="172"/>
        <source>База данных (*.sqlite3 *.sqlite *.db);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="182"/>
        <source>Укажите файл базы данных или нажмите «По умолчанию».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="214"/>
        <source>Проверяю подключение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="243"/>
        <source>Сервер требует пароль пользователя «%1»: введите его в поле «Пароль» (или задайте PGPASSWORD либо файл pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="6"/>
        <source>Подключение к базе данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="10"/>
        <source>Где хранятся данные, с которыми работает программа на этом компьютере.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="16"/>
        <source>Локальная база на этом компьютере</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="32"/>
        <source>Выбрать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="37"/>
        <source>По умолчанию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="38"/>
        <source>Файл базы в папке данных программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="45"/>
        <source>Один консультант на одном компьютере. Файл не держат на сетевом диске и в папке облачной синхронизации.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="47"/>
        <location filename="../../forms/connection_dialog.ui" line="126"/>
        <source>color: #555555;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="55"/>
        <source>Сервер центра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="67"/>
        <source>Сервер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="71"/>
        <source>имя или адрес, например db.centre.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="76"/>
        <source>Порт:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="85"/>
        <source>База данных:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="94"/>
        <source>Пользователь:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="98"/>
        <source>пользователь сервера, выданный администратором</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="103"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="113"/>
        <source>Шифрование:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="124"/>
        <source>Пароль нужен только для этого подключения и нигде не сохраняется. Его можно не вводить, если он задан в переменной окружения PGPASSWORD или в файле pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="136"/>
        <source>Проверить подключение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="86"/>
        <source>prefer — шифровать, если сервер это умеет (обычно)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="87"/>
        <source>require — только с шифрованием</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="88"/>
        <source>verify-full — шифрование и проверка сертификата сервера</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="89"/>
        <source>disable — без шифрования (только в защищённой сети центра)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="238"/>
        <source>Синхронизация с сервером</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="241"/>
        <source>Адрес сервера центра (postgresql://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="246"/>
        <source>Ваш пароль на сервере:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="249"/>
        <source>Синхронизация не выполнена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="256"/>
        <source>Работа этого компьютера → сервер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="258"/>
        <source>Данные сервера → этот компьютер:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="58"/>
        <source>Объединение баз данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="62"/>
        <source>Перенос в эту базу данных другого рабочего места или ноутбука: предприятия, консультации, досье с документами, исходящий реестр и журнал событий. Источник не изменяется. Сначала нажмите «Проверить»: ничего не записывается, показываются план и конфликты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="69"/>
        <source>Источник:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="73"/>
        <source>файл базы .sqlite3 или адрес сервера postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="75"/>
        <source>Файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="78"/>
        <source>Проверить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="84"/>
        <source>Переносить, даже если журнал событий источника повреждён (будет записано в журнал событий)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="93"/>
        <source>Конфликты: по умолчанию остаётся значение этой базы, значение источника записывается в журнал событий. Отметьте поля, для которых нужно взять значение источника.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="101"/>
        <source>Взять из источника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="101"/>
        <source>Запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="101"/>
        <source>Поле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="102"/>
        <source>В этой базе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="102"/>
        <source>В источнике</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="113"/>
        <source>Объединить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="118"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="125"/>
        <source>База данных рабочего места</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="126"/>
        <source>База данных (*.sqlite3 *.sqlite *.db);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="134"/>
        <source>Укажите источник: файл базы данных или адрес сервера.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="151"/>
        <source>Проверка источника и план объединения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="154"/>
        <source>Проверка не выполнена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="202"/>
        <source>Перенести источник в эту базу одной операцией? Конфликтов: %1, из них значение источника берётся в %2; в остальных остаётся значение этой базы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="213"/>
        <source>Объединение: запись одной операцией…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="216"/>
        <source>Объединение не выполнено, ничего не записано</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="276"/>
        <source>Нужен пароль для подключения: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="281"/>
        <source>Подключиться</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="39"/>
        <source>Устанавливать профили может администратор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="53"/>
        <source>Не загружены:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="61"/>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="77"/>
        <source>Профиль не установлен: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="65"/>
        <source>Установить профиль «%1», версия %2 (действует с %3)?

Вопросов: %4, видов документов: %5, правил: %6, из них на допущениях: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="71"/>
        <source>Установка профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="80"/>
        <source>Установлен профиль «%1», версия %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="87"/>
        <source>Файл профиля программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="87"/>
        <source>Профили программ (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <location filename="../../forms/server_password.ui" line="6"/>
        <source>Пароль для сервера</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="18"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="30"/>
        <source>Пароль нигде не сохраняется. Чтобы не вводить его при каждом запуске, задайте его в переменной окружения PGPASSWORD или в файле pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="32"/>
        <source>color: #555555;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="39"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="67"/>
        <source>Подключение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="69"/>
        <source>Выход</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="50"/>
        <source>Действие не выполнено из-за внутренней ошибки программы; подробности записаны в журнал работы программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="104"/>
        <source>Ошибка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="48"/>
        <source>не удалось прочитать или записать файл (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="47"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="48"/>
        <location filename="../../desktop_app/ui/forms.py" line="88"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="49"/>
        <source>ОК</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="67"/>
        <source>Данных пока нет.</source>
        <translation>Данных пока нет.</translation>
    </message>
</context>
<context>
    <name>ColumnChart</name>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="315"/>
        <source>Всего: %1</source>
        <translation>Всего: %1</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Руководство пользователя</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Содержание</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Закрыть</translation>
    </message>
</context>
</TS>
