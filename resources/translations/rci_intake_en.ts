<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="ru_RU">
<context>
    <name>AdminAudit</name>
    <message>
        <location filename="../../forms/admin_audit.ui" line="14"/>
        <source>Журнал событий</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="20"/>
        <source>Отбор</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="26"/>
        <source>Пользователь:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="36"/>
        <source>Объект:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="46"/>
        <source>Действие:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="56"/>
        <source>Период с</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="66"/>
        <location filename="../../forms/admin_audit.ui" line="83"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="73"/>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="90"/>
        <source>Показать</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../forms/admin_audit.ui" line="97"/>
        <source>Выгрузить в XLSX/CSV…</source>
        <translation>Export to XLSX/CSV…</translation>
    </message>
</context>
<context>
    <name>AdminBackup</name>
    <message>
        <location filename="../../forms/admin_backup.ui" line="14"/>
        <source>Резервные копии</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="20"/>
        <source>Настройка</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="26"/>
        <source>Папка копий:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="35"/>
        <source>рядом с базой (лучше — второй диск или флешка)</source>
        <translation>next to the database (a second disk or USB stick is better)</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="42"/>
        <source>Обзор…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="51"/>
        <source>Автоматически каждые, мин:</source>
        <translation>Automatically every, min:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="68"/>
        <source>Хранить последних копий:</source>
        <translation>Keep latest backups:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="85"/>
        <source>…и по одной за дней:</source>
        <translation>…plus one per day, days:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="102"/>
        <source>…недель:</source>
        <translation>…weeks:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="119"/>
        <source>…месяцев:</source>
        <translation>…months:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="136"/>
        <source>Сохранить настройку</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="146"/>
        <source>Копии в папке (новые сверху):</source>
        <translation>Backups in the folder (newest first):</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="158"/>
        <source>Создать копию сейчас</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="165"/>
        <source>Восстановить выбранную…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_backup.ui" line="172"/>
        <source>Восстановить из файла…</source>
        <translation>Restore from file…</translation>
    </message>
</context>
<context>
    <name>AdminCheck</name>
    <message>
        <location filename="../../forms/admin_check.ui" line="14"/>
        <source>Проверка базы данных</source>
        <translation>Database check</translation>
    </message>
    <message>
        <location filename="../../forms/admin_check.ui" line="20"/>
        <source>Проверяются целостность базы, ссылки между записями, версия схемы, журнал событий (контрольные суммы), файлы документов и размещение базы.</source>
        <translation>Checks database integrity, links between records, the schema version, the event log (checksums), document files and the database location.</translation>
    </message>
    <message>
        <location filename="../../forms/admin_check.ui" line="35"/>
        <source>Быстро (не пересчитывать контрольные суммы файлов)</source>
        <translation>Quick (do not recalculate file checksums)</translation>
    </message>
    <message>
        <location filename="../../forms/admin_check.ui" line="49"/>
        <source>Проверить</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>AdminFirstStart</name>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="14"/>
        <source>Первый запуск: администратор</source>
        <translation>First start: administrator</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="20"/>
        <source>База данных новая: создайте учётную запись администратора. Администратор заводит остальных пользователей и назначает им роли. Пароль — не короче 12 знаков; удобно взять фразу из нескольких слов. Пароля по умолчанию нет.</source>
        <translation>The database is new: create an administrator account. The administrator sets up the other users and assigns their roles. The password must be at least 12 characters long; a phrase of several words works well. There is no default password.</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="32"/>
        <source>Имя входа:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="39"/>
        <source>например, admin</source>
        <translation>for example, admin</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="46"/>
        <source>Фамилия Имя Отчество:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="56"/>
        <source>Должность:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="66"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="80"/>
        <source>Пароль ещё раз:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_first_start.ui" line="102"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>AdminLock</name>
    <message>
        <location filename="../../forms/admin_lock.ui" line="14"/>
        <source>Экран заблокирован</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="27"/>
        <source>Рабочее место заблокировано</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="33"/>
        <source>font-size: 20pt; font-weight: bold;</source>
        <translation>font-size: 20pt; font-weight: bold;</translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="62"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="76"/>
        <source>Продолжить работу</source>
        <translation>Resume work</translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="104"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../../forms/admin_lock.ui" line="111"/>
        <source>Открытые окна и несохранённые изменения остаются на месте и ждут вас.</source>
        <translation>Open windows and unsaved changes stay as they are and wait for you.</translation>
    </message>
</context>
<context>
    <name>AdminSignIn</name>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="14"/>
        <source>Вход в программу</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="20"/>
        <source>Войдите под своей учётной записью.</source>
        <translation>Sign in with your account.</translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="32"/>
        <source>Имя входа:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="42"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_sign_in.ui" line="64"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>AdminUserEdit</name>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="14"/>
        <source>Учётная запись</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="22"/>
        <source>Имя входа:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="32"/>
        <source>Фамилия Имя Отчество:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="42"/>
        <source>Должность:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="52"/>
        <source>Роль:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="62"/>
        <source>Учётная запись активна</source>
        <translation>Account active</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="72"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="86"/>
        <source>Пароль ещё раз:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../../forms/admin_user_edit.ui" line="108"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <location filename="../../forms/admin_users.ui" line="14"/>
        <source>Пользователи</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="38"/>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="45"/>
        <source>Изменить…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="52"/>
        <source>Сбросить пароль…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="59"/>
        <source>Разблокировать</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../forms/admin_users.ui" line="36"/>
        <source>Сейчас базу открыли:</source>
        <translation>Currently using the database:</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="84"/>
        <source>Сведения о документе меняются кнопкой «Сведения…» в списке документов</source>
        <translation>Document details are changed with “Details…” in the document list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="85"/>
        <source>Приложить</source>
        <translation>Attach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="86"/>
        <source>Проверить файлы и приложить их к досье (Ctrl+S)</source>
        <translation>Check the files and attach them to the dossier (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="87"/>
        <source>Добавить файлы к документу</source>
        <translation>Add files to the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="88"/>
        <source>Приложить документ</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="131"/>
        <source>Принимаются: %1.</source>
        <translation>Accepted: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="133"/>
        <source>Документ должен быть выдан не ранее чем за %1 дн. до подачи заявки — укажите дату выдачи.</source>
        <translation>The document must be issued no more than %1 days before the application is submitted — enter the issue date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="147"/>
        <source>Выберите файлы документа</source>
        <translation>Choose the document files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="148"/>
        <source>Документы (%1) (%2);;Все файлы (*)</source>
        <translation>Documents (%1) (%2);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="157"/>
        <source>Вид документа: выберите вид документа</source>
        <translation>Document type: choose a document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="159"/>
        <source>Файлы: добавьте хотя бы один файл</source>
        <translation>Files: add at least one file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="160"/>
        <source>Дата выдачи</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="161"/>
        <source>Действует до</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="193"/>
        <source>Приложение файлов</source>
        <translation>Attaching files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="194"/>
        <source>Проверка и сохранение файлов: %1…</source>
        <translation>Checking and saving files: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/attach.py" line="207"/>
        <source>Файлы приложены с замечаниями</source>
        <translation>Files attached with findings</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>программа</source>
        <translation>the program</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Запись журнала № %1, %2</source>
        <translation>Log entry no. %1, %2</translation>
    </message>
    <message>
        <source>Пользователь: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Действие: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Объект: %1</source>
        <translation>Object: %1</translation>
    </message>
    <message>
        <source>Причина: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>%1: было %2</source>
        <translation>%1: was %2</translation>
    </message>
    <message>
        <source>Контрольная сумма: %1</source>
        <translation>Checksum: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="148"/>
        <source>История записи: %1 № %2</source>
        <translation>Record history: %1 No. %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="158"/>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="161"/>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="164"/>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="190"/>
        <source>Записей: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="199"/>
        <source>Выгрузка журнала событий</source>
        <translation>Export event log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="200"/>
        <source>Книга Excel (*.xlsx);;Текст CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV text (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_viewer.py" line="212"/>
        <source>Выгружено записей: %1</source>
        <translation>Records exported: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="153"/>
        <source>Папка резервных копий</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="167"/>
        <source>Настройка сохранена.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="175"/>
        <source>Копия не создана: %1</source>
        <translation>Backup not created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="179"/>
        <source>Копия создана и проверена: %1. Файлов документов скопировано: %2.</source>
        <translation>Backup created and verified: %1. Document files copied: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="182"/>
        <source>Внимание: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="189"/>
        <source>Выберите копию в списке.</source>
        <translation>Select a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="194"/>
        <source>Файл резервной копии</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="196"/>
        <source>База SQLite (*.sqlite3 *.sqlite *.db)</source>
        <translation>SQLite database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="202"/>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="214"/>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="222"/>
        <source>Восстановление</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="203"/>
        <source>Заменить текущую базу копией «%1»?

Текущее состояние будет сохранено в отдельную резервную копию. После восстановления программа закроется; запустите её снова.</source>
        <translation>Replace the current database with the backup “%1”?

The current state will be saved to a separate backup. After the restore the program will close; start it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="215"/>
        <source>База не изменена. %1</source>
        <translation>Database not changed. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="218"/>
        <source>База восстановлена из «%1».</source>
        <translation>Database restored from “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="220"/>
        <source> Не найдено файлов документов: %1.</source>
        <translation> Document files not found: %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/maintenance_dialogs.py" line="227"/>
        <source>Копия сделана до уничтожения персональных данных; они уничтожены повторно по журналу уничтожений: %1. Акты повторного уничтожения сохранены в базе (Администрирование → Уничтожения персональных данных).</source>
        <translation>The copy was made before personal data were erased; they have been erased again from the erasure ledger: %1. The acts of the repeated erasure are kept in the database (Administration → Personal data erasures).</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/maintenance_dialogs.py" line="231"/>
        <source>контактное лицо № %1 (%2), акт № %3</source>
        <translation>contact person No. %1 (%2), act No. %3</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/maintenance_dialogs.py" line="235"/>
        <source>Внимание: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="150"/>
        <source>Резервные копии</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="156"/>
        <source>&lt;p&gt;&lt;b&gt;База данных находится на сервере центра&lt;/b&gt; (%1).&lt;/p&gt;&lt;p&gt;Резервные копии такой базы делает &lt;b&gt;администратор сервера&lt;/b&gt; — по расписанию, для всех рабочих мест сразу. Файлы документов хранятся в той же базе и входят в ту же копию. Поэтому эта программа копий на этом компьютере не делает и при закрытии базу не копирует.&lt;/p&gt;&lt;p&gt;Копия вручную (один файл: база и документы):&lt;br&gt;&lt;code&gt;rci-intake --db %2 --user ИМЯ backup --to ФАЙЛ.dump&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Восстановление — в новую пустую базу, которую создаёт администратор сервера:&lt;br&gt;&lt;code&gt;rci-intake --db АДРЕС_НОВОЙ_БАЗЫ restore ФАЙЛ.dump&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Нужны программы PostgreSQL pg_dump и pg_restore (пакет postgresql-client). Подробнее — README, раздел «Сервер центра».&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The database is on the centre’s server&lt;/b&gt; (%1).&lt;/p&gt;&lt;p&gt;Backups of such a database are made by the &lt;b&gt;server administrator&lt;/b&gt;, on a schedule, for all workstations at once. Document files are kept in the same database and go into the same backup. So this program makes no backups on this computer and does not copy the database when it closes.&lt;/p&gt;&lt;p&gt;Manual backup (one file: database and documents):&lt;br&gt;&lt;code&gt;rci-intake --db %2 --user NAME backup --to FILE.dump&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Restore into a new empty database created by the server administrator:&lt;br&gt;&lt;code&gt;rci-intake --db NEW_DATABASE_ADDRESS restore FILE.dump&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Requires the PostgreSQL programs pg_dump and pg_restore (package postgresql-client). See the README, section “Centre server”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/maintenance_dialogs.py" line="176"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <source>Срок следующего шага: %1</source>
        <translation>Next step due date: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение…</source>
        <translation>Conclusion…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение по результатам предварительной проверки (PDF): регистрируется в исходящем реестре с номером</source>
        <translation>Pre-screening conclusion (PDF): registered in the outgoing register with a number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Сначала проведите предварительную проверку</source>
        <translation>Run the pre-screening first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Консультация не прочитана</source>
        <translation>The consultation could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>не проводилась</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>%1 — проверка от %2</source>
        <translation>%1 — checked on %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Изменения не сохранены</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Сохранить заключение</source>
        <translation>Save the conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>заключение-консультация-%1.pdf</source>
        <translation>conclusion-consultation-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Формируется заключение…</source>
        <translation>Preparing the conclusion…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение № %1 сохранено: %2</source>
        <translation>Conclusion No. %1 saved: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py"/>
        <source>Заключение не сформировано</source>
        <translation>Conclusion not produced</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="96"/>
        <source>Новая консультация</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="110"/>
        <source>Проверить соответствие…</source>
        <translation>Pre-screen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="111"/>
        <source>Создать досье…</source>
        <translation>Create dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="117"/>
        <source>Сначала сохраните консультацию</source>
        <translation>Save the consultation first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="120"/>
        <source>Предварительная проверка: может ли предприятие подать заявку</source>
        <translation>Pre-screening: can the enterprise apply</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="143"/>
        <source>Предприятие не выбрано</source>
        <translation>No enterprise selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="175"/>
        <source>ИНН %1, карточка № %2</source>
        <translation>INN %1, record No. %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="183"/>
        <source>— не указано —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="195"/>
        <source>Консультация от %1</source>
        <translation>Consultation of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="246"/>
        <source>Предприятие: выберите предприятие из списка или создайте новое</source>
        <translation>Enterprise: pick an enterprise from the list or create a new one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultation_editor.py" line="264"/>
        <source>Нет прав</source>
        <translation>Not permitted</translation>
    </message>
</context>
<context>
    <name>ConsultationEditorForm</name>
    <message>
        <location filename="../../forms/consultation_editor.ui"/>
        <source>Предварительная проверка</source>
        <translation>Pre-screening</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui"/>
        <source>не проводилась</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Консультация</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Предприятие *</source>
        <translation>Enterprise *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>начните вводить наименование или ИНН</source>
        <translation>start typing a name or INN</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Новое предприятие…</source>
        <translation>New enterprise…</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Предприятие не выбрано</source>
        <translation>No enterprise selected</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Контактное лицо</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Дата и время *</source>
        <translation>Date and time *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Канал *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Тема *</source>
        <translation>Topic *</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>о чём обращение</source>
        <translation>what the enquiry is about</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Программа</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>программа поддержки, если есть</source>
        <translation>support programme, if any</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Длительность</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source> мин</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>не указана</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Вопросы</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>что спросили</source>
        <translation>what was asked</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Что посоветовали</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>ответ консультанта</source>
        <translation>the consultant&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Итог</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>Следующий шаг</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>что нужно сделать дальше</source>
        <translation>what to do next</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>срок:</source>
        <translation>due:</translation>
    </message>
    <message>
        <location filename="../../forms/consultation_editor.ui" line="4"/>
        <source>выполнен</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="78"/>
        <source>Контактное лицо</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>ContactPersonForm</name>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Контактное лицо</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Фамилия *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Имя</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Должность</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Электронная почта</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Основание обработки ПДн *</source>
        <translation>Legal basis for personal data *</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Согласие получено</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>дата:</source>
        <translation>date:</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="4"/>
        <source>Согласие отозвано</source>
        <translation>Consent withdrawn</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="112"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="356"/>
        <source>Выберите файл, чтобы посмотреть его здесь.</source>
        <translation>Select a file to preview it here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="190"/>
        <source>нужен</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="190"/>
        <source>не нужен</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="193"/>
        <source>%1 из %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="197"/>
        <source>не старше %1 дн.</source>
        <translation>max. %1 days old</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="199"/>
        <source>выдан %1 — свежий</source>
        <translation>issued %1 — current</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="201"/>
        <source>выдан %1 — устарел</source>
        <translation>issued %1 — out of date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="202"/>
        <source>дата не указана</source>
        <translation>date not specified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="204"/>
        <source>не проверяется</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="209"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="307"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="320"/>
        <source>файл повреждён или отсутствует</source>
        <translation>file damaged or missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="211"/>
        <source>нет — обязательный</source>
        <translation>missing — required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="213"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="307"/>
        <source>в порядке</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="215"/>
        <source>есть замечания</source>
        <translation>has findings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="217"/>
        <source>есть ошибки</source>
        <translation>has errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="219"/>
        <source>нет — рекомендуется</source>
        <translation>missing — recommended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="221"/>
        <source>не приложен</source>
        <translation>not attached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="229"/>
        <source>Основание: %1 %2</source>
        <translation>Basis: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="234"/>
        <source>Перетащите сюда файлы, чтобы приложить их как этот документ.</source>
        <translation>Drop files here to attach them as this document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="272"/>
        <source>Документы вида «%1»</source>
        <translation>Documents of type “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="273"/>
        <source>Выберите вид документа в списке выше</source>
        <translation>Select a document type in the list above</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="281"/>
        <source>№ %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="284"/>
        <source>выдан %1</source>
        <translation>issued %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="286"/>
        <source>действует до %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="290"/>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="305"/>
        <source>%1 стр.</source>
        <translation>%1 p.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="293"/>
        <source>удалён</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="317"/>
        <source>Файл в хранилище отсутствует или изменён (контрольная сумма SHA-256 не совпадает): замените его файлом, полученным от предприятия</source>
        <translation>The file in storage is missing or has changed (SHA-256 checksum mismatch): replace it with the file received from the enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="382"/>
        <source>Файл «%1» (%2) здесь не показывается — откройте его кнопкой «Открыть».</source>
        <translation>The file “%1” (%2) cannot be shown here — open it with the “Open” button.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="387"/>
        <source>Файл «%1» повреждён или отсутствует в хранилище — замените его.</source>
        <translation>The file “%1” is damaged or missing from storage — replace it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="392"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="408"/>
        <source>Этот PDF не удалось показать здесь (возможно, он защищён паролем) — откройте его кнопкой «Открыть».</source>
        <translation>This PDF could not be shown here (it may be password-protected) — open it with the “Open” button.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="413"/>
        <source>Это изображение не удалось показать здесь — откройте его кнопкой «Открыть».</source>
        <translation>This image could not be shown here — open it with the “Open” button.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="481"/>
        <source>Открытие файла</source>
        <translation>Opening file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="482"/>
        <source>Проверка файла «%1»…</source>
        <translation>Checking file “%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="493"/>
        <source>Новый файл вместо «%1»</source>
        <translation>New file to replace “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="501"/>
        <source>Замена файла</source>
        <translation>Replacing file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="502"/>
        <source>Проверка и сохранение файла «%1»…</source>
        <translation>Checking and saving file “%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="511"/>
        <source>Удалить документ</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="512"/>
        <source>Документ «%1» будет удалён из досье (файлы сохранятся, документ можно будет восстановить). Укажите причину удаления.</source>
        <translation>The document “%1” will be removed from the dossier (the files are kept and the document can be restored). Give the reason for deleting it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="515"/>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/checklist.py" line="537"/>
        <source>Действие не выполнено</source>
        <translation>Action failed</translation>
    </message>
</context>
<context>
    <name>DossierAttachForm</name>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="14"/>
        <source>Приложить документ</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="23"/>
        <source>Вид документа *</source>
        <translation>Document type *</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="46"/>
        <source>Файлы *</source>
        <translation>Files *</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="68"/>
        <source>Добавить файлы…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="75"/>
        <source>Убрать из списка</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="97"/>
        <source>Наименование</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="114"/>
        <source>Номер</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="131"/>
        <source>Дата выдачи</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_attach.ui" line="148"/>
        <source>Действует до</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>DossierChecklistForm</name>
    <message>
        <source>Сведения…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Изменить наименование, номер и даты выбранного документа</source>
        <translation>Change the title, number and dates of the selected document</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="14"/>
        <source>Документы досье</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="26"/>
        <source>Перетащите файлы на строку нужного документа или нажмите «Приложить…».</source>
        <translation>Drag files onto the row of the document they belong to, or click “Attach…”.</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="56"/>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="61"/>
        <source>Требование</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="66"/>
        <source>Приложено</source>
        <translation>Attached</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="71"/>
        <source>Свежесть</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="76"/>
        <source>Виды файлов</source>
        <translation>File types</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="81"/>
        <location filename="../../forms/dossier_checklist.ui" line="125"/>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="98"/>
        <source>Документы выбранного вида</source>
        <translation>Documents of the selected type</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="115"/>
        <source>Документ / файл</source>
        <translation>Document / file</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="120"/>
        <source>Сведения</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="135"/>
        <source>Приложить…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="138"/>
        <source>Приложить файлы как документ выбранного вида</source>
        <translation>Attach files as a document of the selected type</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="145"/>
        <source>Добавить файл…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="148"/>
        <source>Добавить файлы к выбранному документу</source>
        <translation>Add files to the selected document</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="155"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="158"/>
        <source>Открыть выбранный файл в программе просмотра системы</source>
        <translation>Open the selected file in the system viewer</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="165"/>
        <source>Заменить файл…</source>
        <translation>Replace file…</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="168"/>
        <source>Заменить выбранный файл (прежний останется в истории)</source>
        <translation>Replace the selected file (the previous one stays in the history)</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="192"/>
        <source>Удалить документ…</source>
        <translation>Delete document…</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="195"/>
        <source>Удалить выбранный документ с указанием причины</source>
        <translation>Delete the selected document, giving a reason</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="202"/>
        <source>Восстановить</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="205"/>
        <source>Восстановить удалённый документ</source>
        <translation>Restore the deleted document</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_checklist.ui" line="212"/>
        <source>Показывать удалённые</source>
        <translation>Show deleted</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="128"/>
        <source>руководитель организации</source>
        <translation>head of the organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="129"/>
        <source>другое лицо по доверенности</source>
        <translation>another person under a power of attorney</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="130"/>
        <source>— не указано —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="134"/>
        <source>Статья затрат</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="134"/>
        <source>Описание</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="134"/>
        <source>Сумма, ₽</source>
        <translation>Amount, ₽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="159"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="160"/>
        <source>Закрыть окно досье (Esc)</source>
        <translation>Close the dossier window (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="234"/>
        <source>Досье № %1 — %2</source>
        <translation>Dossier No. %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="238"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (ИНН %2)&lt;br&gt;Программа: %3&lt;br&gt;Версия профиля: %4 (действует с %5) %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (INN %2)&lt;br&gt;Programme: %3&lt;br&gt;Profile version: %4 (effective from %5) %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="243"/>
        <source>Правовое основание: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="249"/>
        <source>Доступна новая версия профиля %1 — перепроверить досье по ней?</source>
        <translation>A new profile version %1 is available — re-check the dossier against it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="252"/>
        <source>Статус: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="258"/>
        <source>Досье в статусе «%1»: данные проекта и документы изменять нельзя.</source>
        <translation>The dossier status is “%1”: project data and documents cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="321"/>
        <source>Объём серийного выпуска: ожидается целое число штук, например 1200</source>
        <translation>Series production volume: a whole number of units is expected, for example 1200</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="337"/>
        <source>Смета, строка %1: %2</source>
        <translation>Cost estimate, line %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="341"/>
        <source>Смета, строка %1: укажите статью затрат</source>
        <translation>Cost estimate, line %1: enter the cost item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="344"/>
        <source>Смета, строка %1: укажите сумму</source>
        <translation>Cost estimate, line %1: enter the amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="348"/>
        <source>Смета, строка %1: сумма не может быть отрицательной</source>
        <translation>Cost estimate, line %1: the amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="410"/>
        <source>Документы (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="412"/>
        <source>Ошибок: %1</source>
        <translation>Errors: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="417"/>
        <source>Итого по смете: %1</source>
        <translation>Cost estimate total: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="422"/>
        <source>стоимость проекта %1 — расхождение %2</source>
        <translation>project cost %1 — difference %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="426"/>
        <source>совпадает со стоимостью проекта</source>
        <translation>matches the project cost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="431"/>
        <source>грант</source>
        <translation>grant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="432"/>
        <source>собственные</source>
        <translation>own</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="433"/>
        <source>иные</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="438"/>
        <source>Доли в стоимости проекта: %1</source>
        <translation>Shares of the project cost: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="517"/>
        <source>Сведения о предприятии (ИНН, КПП, ОГРН, наименование, адрес) меняются в карточке предприятия; досье берёт их оттуда.</source>
        <translation>Enterprise details (INN, KPP, OGRN, name, address) are changed in the enterprise record; the dossier takes them from there.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="533"/>
        <source>Стоимость проекта</source>
        <translation>Project cost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="534"/>
        <source>Запрашиваемый грант</source>
        <translation>Grant requested</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="535"/>
        <source>Собственные средства</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="536"/>
        <source>Иные средства</source>
        <translation>Other funds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="537"/>
        <source>Начало проекта</source>
        <translation>Project start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="538"/>
        <source>Окончание проекта</source>
        <translation>Project end</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="539"/>
        <source>Дата подачи заявки</source>
        <translation>Application submission date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="558"/>
        <source>Досье изменено другим пользователем</source>
        <translation>The dossier was changed by another user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="562"/>
        <source>Нет прав</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="611"/>
        <source>Предупреждение не принято</source>
        <translation>Warning not accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="619"/>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="698"/>
        <source>Действие не выполнено</source>
        <translation>Action failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="636"/>
        <source>Статус досье изменится на «%1». Укажите дату, с которой он действует, и причину.</source>
        <translation>The dossier status will change to “%1”. Enter the date it takes effect from and the reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="639"/>
        <source>Изменить статус</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="647"/>
        <source>Статус не изменён</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="654"/>
        <source>Направление в Агентство…</source>
        <translation>Referral to the Agency…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="656"/>
        <source>Сформировать пакет направления (Ctrl+P); консультант получает проект с отметкой «ПРОЕКТ», итоговое письмо с номером подписывает руководитель</source>
        <translation>Generate the referral package (Ctrl+P); the consultant gets a draft marked “DRAFT”, the final numbered letter is signed by the supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="658"/>
        <source>Памятка для предприятия…</source>
        <translation>Checklist for the enterprise…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="660"/>
        <source>Перечень документов, которые нужно принести, с отметкой о полученных</source>
        <translation>List of the documents to bring, with those already received marked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="684"/>
        <source>Памятка не сформирована</source>
        <translation>Checklist not generated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/editor.py" line="687"/>
        <source>Памятка для предприятия: досье № %1</source>
        <translation>Checklist for the enterprise: dossier No. %1</translation>
    </message>
    <message>
        <source>%1, строка %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Этап</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Окончание</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Грант, ₽</source>
        <translation>Grant, ₽</translation>
    </message>
    <message>
        <source>Собственные средства, ₽</source>
        <translation>Own funds, ₽</translation>
    </message>
    <message>
        <source>Иные средства, ₽</source>
        <translation>Other funds, ₽</translation>
    </message>
    <message>
        <source>Итого, ₽</source>
        <translation>Total, ₽</translation>
    </message>
    <message>
        <source>Календарный план</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>укажите номер этапа</source>
        <translation>enter the stage number</translation>
    </message>
    <message>
        <source>укажите наименование этапа</source>
        <translation>enter the stage title</translation>
    </message>
    <message>
        <source>окончание этапа раньше начала</source>
        <translation>the stage ends before it starts</translation>
    </message>
    <message>
        <source>Финансирование</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>год — четыре цифры, например 2026</source>
        <translation>the year is four digits, e.g. 2026</translation>
    </message>
    <message>
        <source>этот год уже есть в таблице; объедините строки</source>
        <translation>this year is already in the table; merge the rows</translation>
    </message>
    <message>
        <source>сумма не может быть отрицательной</source>
        <translation>the amount cannot be negative</translation>
    </message>
    <message>
        <source>Этапы %1: даты вне сроков проекта или окончание раньше начала</source>
        <translation>Stages %1: dates outside the project period or end before start</translation>
    </message>
    <message>
        <source>Этапов: %1</source>
        <translation>Stages: %1</translation>
    </message>
    <message>
        <source>собственные средства</source>
        <translation>own funds</translation>
    </message>
    <message>
        <source>иные средства</source>
        <translation>other funds</translation>
    </message>
    <message>
        <source>(в проекте %1, расхождение %2)</source>
        <translation>(project: %1, difference %2)</translation>
    </message>
    <message>
        <source>По годам: %1</source>
        <translation>By year: %1</translation>
    </message>
</context>
<context>
    <name>DossierEditorForm</name>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="14"/>
        <source>Досье</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="49"/>
        <source>Перепроверить по новой версии</source>
        <translation>Re-check against new version</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="119"/>
        <source>Проект</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="135"/>
        <source>Наименование проекта</source>
        <translation>Project title</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="152"/>
        <source>Комплектующее изделие</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="169"/>
        <source>Код ОКПД2</source>
        <translation>OKPD2 code</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="182"/>
        <source>например 28.13.31.000</source>
        <translation>for example 28.13.31.000</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="189"/>
        <source>Иностранный аналог</source>
        <translation>Foreign analogue</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="206"/>
        <source>Производитель аналога</source>
        <translation>Analogue manufacturer</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="223"/>
        <source>Страна производителя аналога</source>
        <translation>Analogue manufacturer&apos;s country</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="240"/>
        <source>Отрасль применения</source>
        <translation>Industry of use</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="257"/>
        <source>Потребители</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="280"/>
        <source>Начало проекта</source>
        <translation>Project start</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="297"/>
        <source>Окончание проекта</source>
        <translation>Project end</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="314"/>
        <source>Стоимость проекта, ₽</source>
        <translation>Project cost, ₽</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="331"/>
        <source>Запрашиваемый грант, ₽</source>
        <translation>Grant requested, ₽</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="348"/>
        <source>Собственные средства, ₽</source>
        <translation>Own funds, ₽</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="365"/>
        <source>Иные средства, ₽</source>
        <translation>Other funds, ₽</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="392"/>
        <source>Объём серийного выпуска, шт.</source>
        <translation>Series production volume, units</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="409"/>
        <source>Годы серийного выпуска</source>
        <translation>Series production years</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="422"/>
        <source>2027–2030</source>
        <translation>2027–2030</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="429"/>
        <source>Дата подачи заявки</source>
        <translation>Application submission date</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="446"/>
        <source>Заявку подписывает</source>
        <translation>Application signed by</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="459"/>
        <source>Примечания</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="500"/>
        <source>Смета</source>
        <translation>Cost estimate</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="515"/>
        <source>Добавить статью</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="518"/>
        <source>Добавить строку сметы</source>
        <translation>Add a cost estimate line</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="525"/>
        <source>Удалить статью</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="528"/>
        <source>Удалить выбранную строку сметы</source>
        <translation>Delete the selected cost estimate line</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="558"/>
        <source>Документы</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>План и финансирование</source>
        <translation>Plan and financing</translation>
    </message>
    <message>
        <source>Календарный план</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Добавить этап</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>Добавить этап календарного плана</source>
        <translation>Add a stage to the schedule</translation>
    </message>
    <message>
        <source>Удалить этап</source>
        <translation>Remove stage</translation>
    </message>
    <message>
        <source>Удалить выбранный этап</source>
        <translation>Remove the selected stage</translation>
    </message>
    <message>
        <source>Финансирование по источникам и годам</source>
        <translation>Financing by source and year</translation>
    </message>
    <message>
        <source>Добавить год</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>Добавить строку финансирования за год</source>
        <translation>Add a financing row for a year</translation>
    </message>
    <message>
        <source>Удалить год</source>
        <translation>Remove year</translation>
    </message>
    <message>
        <source>Удалить выбранный год</source>
        <translation>Remove the selected year</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_editor.ui" line="573"/>
        <location filename="../../forms/dossier_editor.ui" line="624"/>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
</context>
<context>
    <name>DossierFindingsForm</name>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="14"/>
        <source>Замечания по досье</source>
        <translation>Dossier findings</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="48"/>
        <source>Двойной щелчок — перейти к полю или документу</source>
        <translation>Double-click to go to the field or document</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="52"/>
        <source>Замечание</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="75"/>
        <source>Принять предупреждение…</source>
        <translation>Accept warning…</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="78"/>
        <source>Принять выбранное предупреждение с указанием причины</source>
        <translation>Accept the selected warning, giving a reason</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="85"/>
        <source>Отозвать принятие</source>
        <translation>Withdraw acceptance</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_findings.ui" line="88"/>
        <source>Снова считать выбранное предупреждение непринятым</source>
        <translation>Treat the selected warning as not accepted again</translation>
    </message>
</context>
<context>
    <name>DossierReasonForm</name>
    <message>
        <location filename="../../forms/dossier_reason.ui" line="14"/>
        <source>Причина</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_reason.ui" line="46"/>
        <source>Дата:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="28"/>
        <source>Досье № %1</source>
        <translation>Dossier No. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="32"/>
        <source>Просмотр сохранённых данных досье. Изменять досье можно будет в редакторе досье.</source>
        <translation>Read-only view of the saved dossier data. Dossiers are changed in the dossier editor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="43"/>
        <source>Досье № %1 не найдено — возможно, его удалили.</source>
        <translation>Dossier No. %1 was not found — it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="53"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="68"/>
        <source>Предприятие</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="69"/>
        <source>Программа</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="70"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="71"/>
        <source>Наименование проекта</source>
        <translation>Project title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="72"/>
        <source>Комплектующее изделие</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="73"/>
        <source>ОКПД2</source>
        <translation>OKPD2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="74"/>
        <source>Иностранный аналог</source>
        <translation>Foreign analogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="75"/>
        <source>Начало проекта</source>
        <translation>Project start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="76"/>
        <source>Окончание проекта</source>
        <translation>Project end</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="77"/>
        <source>Стоимость проекта</source>
        <translation>Project cost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="78"/>
        <source>Запрашиваемый грант</source>
        <translation>Grant requested</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="79"/>
        <source>Собственные средства</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="80"/>
        <source>Дата подачи</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier_view.py" line="81"/>
        <source>Изменено</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="60"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="61"/>
        <source>Сохранить изменения (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="63"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="64"/>
        <source>Закрыть без сохранения (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="132"/>
        <source>Несохранённые изменения</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="133"/>
        <source>В окне «%1» есть несохранённые изменения. Сохранить их?</source>
        <translation>The window “%1” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor_base.py" line="113"/>
        <source>Изменения не сохранены</source>
        <translation>Changes not saved</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="161"/>
        <source>Проверка соответствия — %1</source>
        <translation>Pre-screening — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="164"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (ИНН %2)&lt;br&gt;Программа: %3 (версия профиля %4)&lt;br&gt;Задайте вопросы представителю предприятия; ответы оцениваются сразу.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (INN %2)&lt;br&gt;Programme: %3 (profile version %4)&lt;br&gt;Ask the enterprise representative the questions; the answers are assessed immediately.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="168"/>
        <source>Правовое основание: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="191"/>
        <source>Сохранить результат</source>
        <translation>Save result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="193"/>
        <source>Сохранить ответы и вывод вместе с консультацией (Ctrl+S)</source>
        <translation>Save the answers and the conclusion with the consultation (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="194"/>
        <source>Создать досье</source>
        <translation>Create dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="197"/>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="258"/>
        <source>Сохранить результат и открыть по нему новое досье предприятия</source>
        <translation>Save the result and open a new dossier for the enterprise based on it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="202"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="221"/>
        <source>Не установлен ни один профиль программы</source>
        <translation>No programme profile is installed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="238"/>
        <source>Вывод: %1</source>
        <translation>Conclusion: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="253"/>
        <source>Препятствий не найдено</source>
        <translation>No obstacles found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="256"/>
        <source>Заявитель не соответствует требованиям — досье не открывается</source>
        <translation>The applicant does not meet the requirements — no dossier is opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="290"/>
        <source>Досье не создано</source>
        <translation>Dossier not created</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="14"/>
        <source>Проверка соответствия заявителя</source>
        <translation>Applicant pre-screening</translation>
    </message>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="74"/>
        <source>Причина</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="79"/>
        <source>Основание</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../forms/eligibility_dialog.ui" line="84"/>
        <source>Достоверность</source>
        <translation>Confidence</translation>
    </message>
</context>
<context>
    <name>EnterpriseEditor</name>
    <message>
        <source>Удаление контактного лица</source>
        <translation>Removing a contact person</translation>
    </message>
    <message>
        <source>Выберите в списке контактное лицо, которое нужно удалить.</source>
        <translation>Select the contact person to remove in the list.</translation>
    </message>
    <message>
        <source>Убрать из карточки новое контактное лицо «%1»? Оно ещё не сохранено.</source>
        <translation>Remove the new contact person “%1” from the card? It has not been saved yet.</translation>
    </message>
    <message>
        <source>Удалить контактное лицо «%1» из карточки предприятия?

Запись останется в базе (досье и письма, где оно указано, не изменятся), а удаление — в журнале событий. Персональные данные этим не уничтожаются: для этого есть кнопка «Уничтожить персональные данные…».</source>
        <translation>Remove the contact person “%1” from the enterprise card?

The record stays in the database (dossiers and letters that name them do not change) and the removal is written to the event log. Personal data are not erased by this: use “Erase personal data…” for that.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="212"/>
        <source>Новое предприятие</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="224"/>
        <source>Фамилия Имя Отчество</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="224"/>
        <source>Должность</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="225"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="225"/>
        <source>Электронная почта</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="226"/>
        <source>Основание обработки ПДн</source>
        <translation>Legal basis for personal data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="227"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="227"/>
        <source>Канал</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="227"/>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="228"/>
        <source>Следующий шаг</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="228"/>
        <source>Срок</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="229"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="229"/>
        <source>Проект</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="229"/>
        <source>Программа</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="230"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="230"/>
        <source>Изменено</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="243"/>
        <source>Предприятие: %1</source>
        <translation>Enterprise: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="272"/>
        <source>Консультации (%1)</source>
        <translation>Consultations (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="273"/>
        <source>Досье (%1)</source>
        <translation>Dossiers (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="293"/>
        <source>Контактные лица (%1)</source>
        <translation>Contact persons (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="352"/>
        <source>ИНН: обязательное поле — 10 цифр (организация) или 12 (ИП)</source>
        <translation>INN: required — 10 digits (organisation) or 12 (sole proprietor)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="392"/>
        <source>Предприятие с ИНН %1 уже есть в базе: «%2» (карточка № %3).</source>
        <translation>An enterprise with INN %1 is already in the database: “%2” (record No. %3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enterprise_editor.py" line="424"/>
        <source>Нет прав</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/enterprise_editor.py" line="347"/>
        <source>Уничтожение персональных данных</source>
        <translation>Erasure of personal data</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/enterprise_editor.py" line="348"/>
        <source>Выберите в списке сохранённое контактное лицо без несохранённых изменений.</source>
        <translation>Select a saved contact person without unsaved changes in the list.</translation>
    </message>
</context>
<context>
    <name>EnterpriseEditorForm</name>
    <message>
        <source>Удалить…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Убрать выбранное контактное лицо из карточки (например, сотрудник уволился); запись сохраняется в базе</source>
        <translation>Remove the selected contact person from the card (for example, they left the company); the record is kept in the database</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Предприятие</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Реквизиты</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Полное наименование *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Общество с ограниченной ответственностью «…»</source>
        <translation>Limited liability company “…”</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Краткое наименование</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ООО «…»</source>
        <translation>LLC “…”</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ИНН *</source>
        <translation>INN *</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>10 цифр (организация) или 12 цифр (ИП)</source>
        <translation>10 digits (organisation) or 12 digits (sole proprietor)</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Открыть карточку</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>КПП</source>
        <translation>KPP</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>9 знаков</source>
        <translation>9 characters</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ОГРН / ОГРНИП</source>
        <translation>OGRN / OGRNIP</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>13 или 15 цифр</source>
        <translation>13 or 15 digits</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Регион</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>код из двух цифр, по ИНН</source>
        <translation>two-digit code, taken from the INN</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>ОКВЭД</source>
        <translation>OKVED</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>например 28.13</source>
        <translation>for example 28.13</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Категория</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Юридический адрес</source>
        <translation>Legal address</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Фактический адрес</source>
        <translation>Actual address</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Электронная почта</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Сайт</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Руководитель</source>
        <translation>Director</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Фамилия Имя Отчество</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Должность руководителя</source>
        <translation>Director&apos;s position</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Генеральный директор</source>
        <translation>General Director</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Примечания</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Поля, отмеченные *, обязательны. ИНН, КПП и ОГРН проверяются по контрольным числам.</source>
        <translation>Fields marked * are required. INN, KPP and OGRN are checked by their check digits.</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Контактные лица</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Изменить…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Контактные лица — персональные данные: для каждого укажите основание обработки (152-ФЗ).</source>
        <translation>Contact persons are personal data: give the legal basis of processing for each (Federal Law 152-FZ).</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Консультации</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../forms/enterprise_editor.ui" line="4"/>
        <source>Досье</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/enterprise_editor.ui" line="4"/>
        <source>Уничтожить персональные данные…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/enterprise_editor.ui" line="4"/>
        <source>Уничтожить персональные данные выбранного контактного лица по запросу (152-ФЗ) и составить акт</source>
        <translation>Erase the selected contact person's personal data on request (152-FZ) and draw up the act</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="157"/>
        <source>Основание: %1 %2</source>
        <translation>Basis: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="161"/>
        <source>Принято: %1</source>
        <translation>Accepted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="167"/>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="234"/>
        <source>Правило: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="169"/>
        <source>Двойной щелчок — перейти к полю или документу</source>
        <translation>Double-click to go to the field or document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="176"/>
        <source>Замечаний нет: досье соответствует всем правилам профиля.</source>
        <translation>No findings: the dossier meets all the profile rules.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="178"/>
        <source>Ошибок: %1, предупреждений: %2 (не принято: %3), сведений: %4.</source>
        <translation>Errors: %1, warnings: %2 (not accepted: %3), notes: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="223"/>
        <source>Изменить причину…</source>
        <translation>Change reason…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="224"/>
        <source>Принять предупреждение…</source>
        <translation>Accept warning…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="228"/>
        <source>Выберите замечание, чтобы увидеть подробности; двойной щелчок переходит к полю или документу.</source>
        <translation>Select a finding to see its details; double-click goes to the field or document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="232"/>
        <source>Основание: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="237"/>
        <source>пользователь не указан</source>
        <translation>user not specified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="240"/>
        <source>Принято (%1, %2): %3</source>
        <translation>Accepted (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="252"/>
        <source>Принять предупреждение</source>
        <translation>Accept warning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="253"/>
        <source>Предупреждение: «%1».
Укажите, почему его можно принять (причина обязательна и сохраняется в журнале).</source>
        <translation>Warning: “%1”.
Explain why it can be accepted (the reason is required and is recorded in the log).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/findings.py" line="255"/>
        <source>Принять</source>
        <translation>Accept</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="121"/>
        <source>Создать и войти</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="128"/>
        <source>Пароль ещё раз: пароли не совпадают.</source>
        <translation>Repeat password: the passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="205"/>
        <source>Просроченные, сегодня и на неделе</source>
        <translation>Overdue, today and this week</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="206"/>
        <source>Только просроченные</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="207"/>
        <source>На сегодня</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="208"/>
        <source>Все невыполненные</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="211"/>
        <source>Какие следующие шаги показать</source>
        <translation>Which next steps to show</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="212"/>
        <source>Только мои</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="213"/>
        <source>Выполнено</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="214"/>
        <source>Отметить выбранный следующий шаг выполненным</source>
        <translation>Mark the selected next step as done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="221"/>
        <source>Следующих шагов на этот срок нет.</source>
        <translation>No next steps due in this period.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="255"/>
        <source>Обзор</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="267"/>
        <location filename="../../desktop_app/ui/pages.py" line="344"/>
        <source>Досье</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="282"/>
        <source>Мои следующие шаги (просроченные и на неделю)</source>
        <translation>My next steps (overdue and this week)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="286"/>
        <source>Недавно изменённые</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="336"/>
        <source>без срока</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="341"/>
        <source>Сроков на ближайшую неделю нет.</source>
        <translation>Nothing due in the coming week.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="343"/>
        <source>Предприятие</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="343"/>
        <source>Консультация</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="350"/>
        <source>Изменений пока нет.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="425"/>
        <source>Показатели</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="430"/>
        <source>Консультации в этом месяце</source>
        <translation>Consultations this month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="431"/>
        <source>Досье в работе</source>
        <translation>Dossiers in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="432"/>
        <source>Досье готовы к направлению</source>
        <translation>Dossiers ready for referral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="433"/>
        <source>Направлено в Агентство в этом году</source>
        <translation>Referred to the Agency this year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="434"/>
        <source>Просроченные следующие шаги</source>
        <translation>Overdue next steps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="437"/>
        <source>Все досье, кроме отклонённых, отозванных и с заключённым соглашением</source>
        <translation>All dossiers except rejected, withdrawn and those with a signed agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="439"/>
        <source>Итоговые письма-направления с начала года (повторные письма не считаются)</source>
        <translation>Final referral letters since the start of the year (re-issued letters are not counted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="455"/>
        <source>В базе:</source>
        <translation>In the database:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="456"/>
        <source>предприятий,</source>
        <translation>enterprises,</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="457"/>
        <source>консультаций,</source>
        <translation>consultations,</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="303"/>
        <source>досье</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="487"/>
        <source>За последние 12 месяцев консультаций нет. Запишите первую: Файл → Новая консультация (Ctrl+N).</source>
        <translation>No consultations in the last 12 months. Record the first one: File → New consultation (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="492"/>
        <source>Досье пока нет. Откройте первое в разделе «Досье» кнопкой «Новое досье…».</source>
        <translation>No dossiers yet. Open the first one in the «Dossiers» section with «New dossier…».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="496"/>
        <source>За последние два года направлений в Агентство не было.</source>
        <translation>No referrals to the Agency in the last two years.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="498"/>
        <source>Консультации по месяцам, по центру</source>
        <translation>Consultations by month, whole centre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="499"/>
        <source>Досье по статусам, по центру</source>
        <translation>Dossiers by status, whole centre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="500"/>
        <source>Направления по кварталам, по центру</source>
        <translation>Referrals by quarter, whole centre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="504"/>
        <source>Консультации за последние 12 месяцев по каналам</source>
        <translation>Consultations of the last 12 months by channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="505"/>
        <source>Сколько досье сейчас в каждом статусе</source>
        <translation>How many dossiers are in each status now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="507"/>
        <source>Итоговые письма-направления в Агентство за последние 8 кварталов (столбцы) и сумма грантов, которые запрашивают эти досье (линия)</source>
        <translation>Final referral letters to the Agency over the last 8 quarters (columns) and the grants those dossiers request (line)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="512"/>
        <source>Щёлкните по статусу, чтобы открыть список досье.</source>
        <translation>Click a status to open the list of dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="514"/>
        <source>Щёлкните по столбцу, чтобы открыть список.</source>
        <translation>Click a column to open the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="561"/>
        <source>мои: %1</source>
        <translation>mine: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="564"/>
        <source>по центру: %1</source>
        <translation>centre: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="578"/>
        <source>Срок прошёл</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="617"/>
        <source>%1 кв.</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="623"/>
        <source>Запрошено грантов: %1</source>
        <translation>Grants requested: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="627"/>
        <source>Направлено досье</source>
        <translation>Dossiers referred</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="623"/>
        <source>Запрошено грантов</source>
        <translation>Grants requested</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="645"/>
        <source>%1 квартал %2 г.</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="670"/>
        <source>млн</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="670"/>
        <source>млрд</source>
        <translation>bn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="560"/>
        <source>Показатели не удалось прочитать. %1 Нажмите «Обновить» (F5), чтобы попробовать ещё раз.</source>
        <translation>The figures could not be read. %1 Press «Refresh» (F5) to try again.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="75"/>
        <source>Импорт предприятий из Excel</source>
        <translation>Import enterprises from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="88"/>
        <source>Импортировать</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="90"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="91"/>
        <source>Закрыть окно (Esc)</source>
        <translation>Close the window (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="108"/>
        <source>Файл со списком предприятий</source>
        <translation>File with a list of enterprises</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="109"/>
        <source>Таблицы (*.xlsx *.csv);;Все файлы (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="133"/>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="134"/>
        <source>Замечания</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="150"/>
        <source>уже есть в базе (карточка № %1)</source>
        <translation>already in the database (record No. %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="186"/>
        <source>Строк с данными: %1, без ошибок: %2.</source>
        <translation>Data rows: %1, without errors: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="193"/>
        <source>Ошибок: %1 — импорт невозможен, ничего не будет записано. Исправьте отмеченные строки и выберите файл снова.</source>
        <translation>Errors: %1 — the import cannot run and nothing will be written. Correct the marked rows and choose the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="198"/>
        <source>Предприятий, которые уже есть в базе: %1 — отметьте «Обновлять карточки…» или уберите их из файла.</source>
        <translation>Enterprises already in the database: %1 — tick “Update records…” or remove them from the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="203"/>
        <source>В файле нет строк с данными.</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="205"/>
        <source>Не используются столбцы: %1.</source>
        <translation>Columns not used: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="211"/>
        <source>Можно импортировать.</source>
        <translation>Ready to import.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="230"/>
        <source>Импорт предприятий…</source>
        <translation>Importing enterprises…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="230"/>
        <source>Отменить</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="233"/>
        <source>Импорт</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="267"/>
        <source>Импорт завершён</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="275"/>
        <source>Импорт не выполнен, ничего не записано: %1</source>
        <translation>The import did not run, nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>ImportEnterprisesForm</name>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Импорт предприятий</source>
        <translation>Import enterprises</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Выберите файл XLSX или CSV со списком предприятий. Первая строка — заголовки столбцов (ИНН, Наименование, КПП, ОГРН, …). Импорт выполняется целиком или не выполняется совсем: если хотя бы одна строка с ошибкой, ничего не записывается.</source>
        <translation>Choose an XLSX or CSV file with a list of enterprises. The first row holds the column headers (INN, Name, KPP, OGRN, …). The import is all-or-nothing: if any row has an error, nothing is written.</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Файл:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>файл не выбран</source>
        <translation>no file chosen</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Выбрать файл…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="4"/>
        <source>Обновлять карточки предприятий, которые уже есть в базе (по ИНН)</source>
        <translation>Update records of enterprises already in the database (by INN)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>удаление контактного лица из карточки</source>
        <translation>removal of a contact person from the card</translation>
    </message>
    <message>
        <source>смена статуса досье</source>
        <translation>dossier status change</translation>
    </message>
    <message>
        <source>приложение документа</source>
        <translation>document attached</translation>
    </message>
    <message>
        <source>добавление файлов к документу</source>
        <translation>files added to a document</translation>
    </message>
    <message>
        <source>замена файла документа</source>
        <translation>document file replaced</translation>
    </message>
    <message>
        <source>принятие предупреждения</source>
        <translation>warning accepted</translation>
    </message>
    <message>
        <source>отмена принятия предупреждения</source>
        <translation>warning acceptance withdrawn</translation>
    </message>
    <message>
        <source>передача другому консультанту</source>
        <translation>handed over to another consultant</translation>
    </message>
    <message>
        <source>проверка досье</source>
        <translation>dossier check</translation>
    </message>
    <message>
        <source>переход на новую версию профиля программы</source>
        <translation>move to a new programme profile version</translation>
    </message>
    <message>
        <source>загрузка данных</source>
        <translation>data import</translation>
    </message>
    <message>
        <source>очистка хранилища файлов</source>
        <translation>file storage clean-up</translation>
    </message>
    <message>
        <source>установка профиля программы</source>
        <translation>programme profile installed</translation>
    </message>
    <message>
        <source>создание демонстрационных данных</source>
        <translation>demonstration data created</translation>
    </message>
    <message>
        <source>профиль программы</source>
        <translation>programme profile</translation>
    </message>
    <message>
        <source>хранилище файлов</source>
        <translation>file storage</translation>
    </message>
    <message>
        <source>файл документа</source>
        <translation>document file</translation>
    </message>
    <message>
        <source>исходящее письмо</source>
        <translation>outgoing letter</translation>
    </message>
    <message>
        <source>идентификатор</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>создано</source>
        <translation>created</translation>
    </message>
    <message>
        <source>изменено</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>создал (№ пользователя)</source>
        <translation>created by (user no.)</translation>
    </message>
    <message>
        <source>изменил (№ пользователя)</source>
        <translation>changed by (user no.)</translation>
    </message>
    <message>
        <source>имя входа</source>
        <translation>login name</translation>
    </message>
    <message>
        <source>полное наименование</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>краткое наименование</source>
        <translation>short name</translation>
    </message>
    <message>
        <source>должность</source>
        <translation>position</translation>
    </message>
    <message>
        <source>сайт</source>
        <translation>website</translation>
    </message>
    <message>
        <source>роль</source>
        <translation>role</translation>
    </message>
    <message>
        <source>учётная запись действует</source>
        <translation>account active</translation>
    </message>
    <message>
        <source>неудачных попыток входа</source>
        <translation>failed sign-in attempts</translation>
    </message>
    <message>
        <source>заблокирована до</source>
        <translation>locked until</translation>
    </message>
    <message>
        <source>последний вход</source>
        <translation>last sign-in</translation>
    </message>
    <message>
        <source>юридический адрес</source>
        <translation>registered address</translation>
    </message>
    <message>
        <source>почтовый адрес</source>
        <translation>postal address</translation>
    </message>
    <message>
        <source>фактический адрес</source>
        <translation>actual address</translation>
    </message>
    <message>
        <source>ИНН</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>КПП</source>
        <translation>KPP</translation>
    </message>
    <message>
        <source>ОГРН</source>
        <translation>OGRN</translation>
    </message>
    <message>
        <source>должность руководителя</source>
        <translation>director's position</translation>
    </message>
    <message>
        <source>надпись на бланке</source>
        <translation>letterhead note</translation>
    </message>
    <message>
        <source>вид исходящего номера</source>
        <translation>outgoing number pattern</translation>
    </message>
    <message>
        <source>регион</source>
        <translation>region</translation>
    </message>
    <message>
        <source>ОКВЭД</source>
        <translation>OKVED</translation>
    </message>
    <message>
        <source>категория предприятия</source>
        <translation>enterprise size</translation>
    </message>
    <message>
        <source>примечания</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>предприятие (№)</source>
        <translation>enterprise (no.)</translation>
    </message>
    <message>
        <source>фамилия</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>имя</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>отчество</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <source>основание обработки персональных данных</source>
        <translation>legal basis for personal data</translation>
    </message>
    <message>
        <source>дата согласия</source>
        <translation>consent date</translation>
    </message>
    <message>
        <source>дата отзыва согласия</source>
        <translation>consent withdrawal date</translation>
    </message>
    <message>
        <source>данные уничтожены</source>
        <translation>data erased</translation>
    </message>
    <message>
        <source>контактное лицо (№)</source>
        <translation>contact person (no.)</translation>
    </message>
    <message>
        <source>консультант (№ пользователя)</source>
        <translation>consultant (user no.)</translation>
    </message>
    <message>
        <source>дата и время</source>
        <translation>date and time</translation>
    </message>
    <message>
        <source>канал</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>тема</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>программа</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>вопросы</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>что посоветовали</source>
        <translation>advice given</translation>
    </message>
    <message>
        <source>итог</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>длительность, мин</source>
        <translation>duration, min</translation>
    </message>
    <message>
        <source>следующий шаг</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>срок следующего шага</source>
        <translation>next step due</translation>
    </message>
    <message>
        <source>шаг выполнен</source>
        <translation>step done</translation>
    </message>
    <message>
        <source>ответы предварительной проверки</source>
        <translation>pre-screening answers</translation>
    </message>
    <message>
        <source>итог предварительной проверки</source>
        <translation>pre-screening result</translation>
    </message>
    <message>
        <source>дата предварительной проверки</source>
        <translation>pre-screening date</translation>
    </message>
    <message>
        <source>консультация (№)</source>
        <translation>consultation (no.)</translation>
    </message>
    <message>
        <source>досье (№)</source>
        <translation>dossier (no.)</translation>
    </message>
    <message>
        <source>версия профиля программы</source>
        <translation>programme profile version</translation>
    </message>
    <message>
        <source>статус</source>
        <translation>status</translation>
    </message>
    <message>
        <source>статус изменён</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>дата вступления в силу</source>
        <translation>effective date</translation>
    </message>
    <message>
        <source>дата подачи заявки</source>
        <translation>submission date</translation>
    </message>
    <message>
        <source>заявку подписывает руководитель</source>
        <translation>application signed by the director</translation>
    </message>
    <message>
        <source>наименование</source>
        <translation>title</translation>
    </message>
    <message>
        <source>комплектующее изделие</source>
        <translation>component</translation>
    </message>
    <message>
        <source>иностранный аналог</source>
        <translation>foreign analogue</translation>
    </message>
    <message>
        <source>производитель аналога</source>
        <translation>analogue manufacturer</translation>
    </message>
    <message>
        <source>страна производителя аналога</source>
        <translation>analogue country</translation>
    </message>
    <message>
        <source>отрасль применения</source>
        <translation>target industry</translation>
    </message>
    <message>
        <source>потребители</source>
        <translation>consumers</translation>
    </message>
    <message>
        <source>начало</source>
        <translation>start</translation>
    </message>
    <message>
        <source>окончание</source>
        <translation>end</translation>
    </message>
    <message>
        <source>стоимость проекта</source>
        <translation>project cost</translation>
    </message>
    <message>
        <source>запрашиваемый грант</source>
        <translation>grant requested</translation>
    </message>
    <message>
        <source>сумма</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>объём серийного выпуска</source>
        <translation>serial production volume</translation>
    </message>
    <message>
        <source>годы серийного выпуска</source>
        <translation>serial production years</translation>
    </message>
    <message>
        <source>последняя проверка</source>
        <translation>last check</translation>
    </message>
    <message>
        <source>итог последней проверки</source>
        <translation>last check result</translation>
    </message>
    <message>
        <source>ошибок</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>предупреждений</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>вид документа</source>
        <translation>document type</translation>
    </message>
    <message>
        <source>номер</source>
        <translation>number</translation>
    </message>
    <message>
        <source>дата выдачи</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <source>действует до</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>дата получения</source>
        <translation>date received</translation>
    </message>
    <message>
        <source>удалён</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>файлы</source>
        <translation>files</translation>
    </message>
    <message>
        <source>файл (№)</source>
        <translation>file (no.)</translation>
    </message>
    <message>
        <source>имя файла</source>
        <translation>file name</translation>
    </message>
    <message>
        <source>контрольная сумма</source>
        <translation>checksum</translation>
    </message>
    <message>
        <source>размер, байт</source>
        <translation>size, bytes</translation>
    </message>
    <message>
        <source>вид файла</source>
        <translation>file kind</translation>
    </message>
    <message>
        <source>страниц</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>предупреждения</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>правило</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>текст</source>
        <translation>text</translation>
    </message>
    <message>
        <source>причина</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>версия</source>
        <translation>version</translation>
    </message>
    <message>
        <source>файл</source>
        <translation>file</translation>
    </message>
    <message>
        <source>записей</source>
        <translation>records</translation>
    </message>
    <message>
        <source>удалено файлов</source>
        <translation>files removed</translation>
    </message>
    <message>
        <source>из копии</source>
        <translation>from backup</translation>
    </message>
    <message>
        <source>страховочная копия</source>
        <translation>safety backup</translation>
    </message>
    <message>
        <source>восстановлено файлов</source>
        <translation>files restored</translation>
    </message>
    <message>
        <source>недостающих файлов</source>
        <translation>files missing</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="26"/>
        <source>черновик</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="27"/>
        <source>готово к направлению</source>
        <translation>ready for referral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="28"/>
        <source>направлено в Агентство</source>
        <translation>referred to the Agency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="29"/>
        <source>заявка подана</source>
        <translation>application submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="30"/>
        <source>одобрено</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="31"/>
        <source>отклонено</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="32"/>
        <source>отозвано</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="33"/>
        <source>соглашение заключено</source>
        <translation>agreement signed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="38"/>
        <source>телефон</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="39"/>
        <source>электронная почта</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="40"/>
        <source>личный приём</source>
        <translation>in-person visit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="41"/>
        <source>мероприятие</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="42"/>
        <source>видеосвязь</source>
        <translation>video call</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="47"/>
        <source>микропредприятие</source>
        <translation>micro enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="48"/>
        <source>малое</source>
        <translation>small</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="49"/>
        <source>среднее</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="50"/>
        <source>крупное</source>
        <translation>large</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="54"/>
        <source>не указана</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="58"/>
        <source>представитель организации в рамках обращения</source>
        <translation>representative of the organisation in its enquiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="59"/>
        <source>согласие субъекта персональных данных</source>
        <translation>consent of the data subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="60"/>
        <source>исполнение договора</source>
        <translation>performance of a contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="61"/>
        <source>общедоступные сведения (ЕГРЮЛ)</source>
        <translation>publicly available data (EGRUL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="66"/>
        <source>консультант</source>
        <translation>consultant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="67"/>
        <source>руководитель</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="68"/>
        <source>администратор</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="73"/>
        <source>может подать заявку</source>
        <translation>may apply</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="74"/>
        <source>не может подать заявку</source>
        <translation>may not apply</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="75"/>
        <source>требуется уточнение</source>
        <translation>needs clarification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="80"/>
        <source>ошибка</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="97"/>
        <source>предупреждение</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="82"/>
        <source>сведения</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="87"/>
        <source>подтверждено</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="88"/>
        <source>по сообщениям</source>
        <translation>reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="89"/>
        <source>допущение</source>
        <translation>assumption</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="94"/>
        <source>выполнено</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="95"/>
        <source>не выполнено</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="96"/>
        <source>не применимо</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="102"/>
        <source>создание записи</source>
        <translation>record created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="103"/>
        <source>изменение записи</source>
        <translation>record changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="104"/>
        <source>удаление записи</source>
        <translation>record deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="105"/>
        <source>предварительная проверка</source>
        <translation>pre-screening</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="106"/>
        <source>вход в программу</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="107"/>
        <source>неудачный вход</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="108"/>
        <source>вход отклонён</source>
        <translation>sign-in refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="109"/>
        <source>выход из программы</source>
        <translation>sign-out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="110"/>
        <source>блокировка учётной записи</source>
        <translation>account locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="111"/>
        <source>разблокировка учётной записи</source>
        <translation>account unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="112"/>
        <source>блокировка экрана</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="113"/>
        <source>разблокировка экрана</source>
        <translation>screen unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="114"/>
        <source>неверный пароль при разблокировке</source>
        <translation>wrong password on unlock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="115"/>
        <source>сброс пароля администратором</source>
        <translation>password reset by an administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="116"/>
        <source>смена пароля</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="117"/>
        <source>обновление хеша пароля</source>
        <translation>password hash updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="118"/>
        <source>выгрузка</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="119"/>
        <source>печать</source>
        <translation>printing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="120"/>
        <source>открытие файла</source>
        <translation>file opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="121"/>
        <source>просмотр персональных данных</source>
        <translation>personal data viewed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="122"/>
        <source>формирование пакета направления</source>
        <translation>referral package generated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="123"/>
        <source>уничтожение персональных данных</source>
        <translation>personal data erased</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="124"/>
        <source>восстановление</source>
        <translation>restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="125"/>
        <source>объединение баз данных</source>
        <translation>merging databases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="126"/>
        <source>запись, перенесённая из другой базы</source>
        <translation>an entry carried over from another database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="129"/>
        <source>пользователь</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="130"/>
        <source>предприятие</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="131"/>
        <source>контактное лицо</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="132"/>
        <source>консультация</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="133"/>
        <source>досье</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="134"/>
        <source>документ</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="135"/>
        <source>настройка</source>
        <translation>setting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="136"/>
        <source>реквизиты центра</source>
        <translation>centre details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="137"/>
        <source>журнал событий</source>
        <translation>audit log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="138"/>
        <source>база данных</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/vocabulary.py" line="142"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/core/vocabulary.py" line="143"/>
        <source>по запросу</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/core/vocabulary.py" line="144"/>
        <source>повторно после восстановления</source>
        <translation>again after a restore</translation>
    </message>
    <message>
        <source>грант</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>собственные средства</source>
        <translation>own funds</translation>
    </message>
    <message>
        <source>иные средства</source>
        <translation>other funds</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="59"/>
        <source>Отбор по словам…</source>
        <translation>Filter by words…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="61"/>
        <source>Показать только записи, где встречаются эти слова</source>
        <translation>Show only records containing these words</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="90"/>
        <source>Здесь пока пусто.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="139"/>
        <source>Записей: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="89"/>
        <source>Показать все</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="90"/>
        <source>Снять отбор, заданный на странице «Обзор»</source>
        <translation>Remove the filter set on the Overview page</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="169"/>
        <source>Работу начал(а): %1 (%2). Введите свой пароль, чтобы продолжить.</source>
        <translation>Session started by: %1 (%2). Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Руководство пользователя</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Как работать с программой: от первой консультации до направления (F1)</source>
        <translation>How to work with the program: from the first consultation to the referral (F1)</translation>
    </message>
    <message>
        <source>Сменить пользователя…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Завершить работу и войти под другим именем</source>
        <translation>Sign out and sign in under another name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>&amp;Отчёты</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Отчёт о работе за период…</source>
        <translation>Activity report for a period…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Реестр направлений…</source>
        <translation>Register of referrals…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Отчёты</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Предварительная проверка</source>
        <translation>Pre-screening</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py"/>
        <source>Дата проверки</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="71"/>
        <source>РИЦ: приём и сопровождение заявок</source>
        <translation>RCI: enquiries and applications</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="98"/>
        <source>Обзор</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="99"/>
        <source>Предприятия</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="100"/>
        <source>Консультации</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="101"/>
        <source>Досье</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Следующие шаги</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Поиск</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>Наименование</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>ИНН</source>
        <translation>INN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="121"/>
        <source>КПП</source>
        <translation>KPP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="122"/>
        <source>ОГРН</source>
        <translation>OGRN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="122"/>
        <source>Регион</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="122"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <source>Руководитель</source>
        <translation>Director</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Изменено</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126"/>
        <source>Предприятий в базе пока нет. Добавьте первое предприятие вручную или загрузите список из файла Excel.</source>
        <translation>There are no enterprises yet. Add the first one by hand or load a list from an Excel file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Добавить предприятие</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="130"/>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>Импорт из Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>Дата и время</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Предприятие</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>Канал</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Следующий шаг</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Срок</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Выполнен</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Консультаций пока нет. Запишите первую: Файл → Новая консультация (Ctrl+N).</source>
        <translation>No consultations yet. Record the first one: File → New consultation (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Проект</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Программа</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Грант</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Подано</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>Досье пока нет.</source>
        <translation>No dossiers yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Тема консультации</source>
        <translation>Consultation topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>Консультация</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>Новая консультация</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175"/>
        <source>Новое предприятие</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="196"/>
        <source>Создать</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="198"/>
        <source>Создать запись в текущем разделе (Ctrl+N)</source>
        <translation>Create a record in the current section (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200"/>
        <source>Новое предприятие…</source>
        <translation>New enterprise…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202"/>
        <source>Новая консультация…</source>
        <translation>New consultation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Импорт предприятий из Excel…</source>
        <translation>Import enterprises from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="206"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207"/>
        <source>Сохранять нечего: изменения сохраняются в окнах редактирования (Ctrl+S)</source>
        <translation>Nothing to save here: changes are saved in the editor windows (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210"/>
        <source>Печать…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>Печатать пока нечего: печать документов досье появится вместе с редактором досье (Ctrl+P)</source>
        <translation>Nothing to print yet: printing of dossier documents comes with the dossier editor (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215"/>
        <source>Найти</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216"/>
        <source>Поиск по предприятиям и консультациям (Ctrl+F)</source>
        <translation>Search enterprises and consultations (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219"/>
        <source>Обновить раздел (F5)</source>
        <translation>Refresh the section (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="223"/>
        <source>Выход</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224"/>
        <source>Открыть выбранное</source>
        <translation>Open selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225"/>
        <source>Открыть выбранную запись (Enter)</source>
        <translation>Open the selected record (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226"/>
        <source>Отметить шаг выполненным</source>
        <translation>Mark step as done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228"/>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>&amp;Правка</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244"/>
        <source>&amp;Вид</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="252"/>
        <source>&amp;Настройки</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="253"/>
        <location filename="../../desktop_app/ui/main_window.py" line="435"/>
        <source>Язык интерфейса</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264"/>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="267"/>
        <source>Основная панель</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277"/>
        <source>Поиск: наименование, ИНН, ОГРН, текст консультации (Ctrl+F)</source>
        <translation>Search: name, INN, OGRN, consultation text (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281"/>
        <source>Регистр букв и различие «е»/«ё» не учитываются</source>
        <translation>Letter case and е/ё are ignored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="294"/>
        <source>База данных: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="295"/>
        <source>Пользователь: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="422"/>
        <source>Шаг не отмечен</source>
        <translation>Step not marked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="436"/>
        <source>Язык интерфейса изменится при следующем запуске программы.</source>
        <translation>The interface language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="441"/>
        <source>%1, версия %2.
Рабочее место консультанта регионального инжинирингового центра: предприятия, консультации, досье заявок.</source>
        <translation>%1, version %2.
The workstation of a regional engineering centre consultant: enterprises, consultations, application dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Ошибки / предупр.</source>
        <translation>Errors / warn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Напечатать показанный список (Ctrl+P)</source>
        <translation>Print the list shown (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Экспорт списка…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="1" />
        <source>Выгрузить показанный список в Excel или CSV с отбором, сортировкой и столбцами</source>
        <translation>Export the list shown to Excel or CSV with its filter, sort and columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Подключение…</source>
        <translation>Connection…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="274"/>
        <source>Работать с другой базой: локальной или на сервере центра</source>
        <translation>Work with another database: local or on the centre’s server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="65"/>
        <source>&amp;Администрирование</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="119"/>
        <source>Пользователи…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="120"/>
        <source>Журнал событий…</source>
        <translation>Event log…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="121"/>
        <source>Резервные копии и восстановление…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="123"/>
        <source>Проверка базы данных…</source>
        <translation>Database check…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="124"/>
        <source>Уничтожения персональных данных…</source>
        <translation>Personal data erasures…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="126"/>
        <source>Профили программ…</source>
        <translation>Programme profiles…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="127"/>
        <source>Объединение баз…</source>
        <translation>Merge databases…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="128"/>
        <source>Синхронизировать с сервером…</source>
        <translation>Synchronise with server…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="87"/>
        <source>Восстановление</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="88"/>
        <source>База данных восстановлена из резервной копии. Программа закроется; запустите её снова, чтобы работать с восстановленными данными.</source>
        <translation>The database has been restored from a backup. The program will close; start it again to work with the restored data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="81"/>
        <source>&amp;Документы</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="93"/>
        <source>Исходящий реестр…</source>
        <translation>Outgoing register…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="95"/>
        <source>Реквизиты центра…</source>
        <translation>Centre details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475"/>
        <source>Консультации с %1 по %2, канал «%3».</source>
        <translation>Consultations from %1 to %2, channel «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="488"/>
        <source>Досье, направленные в Агентство за %1 (итоговые письма с %2 по %3).</source>
        <translation>Dossiers referred to the Agency in %1 (final letters from %2 to %3).</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="402"/>
        <source>И.О. Фамилии</source>
        <translation>Initials and surname (dative)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="403"/>
        <source>Уважаемый Имя Отчество!</source>
        <translation>Dear First name Patronymic!</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="405"/>
        <source>[год] — год письма, [номер] — его порядковый номер с начала года, [номер:4] — тот же номер из четырёх цифр с нулями впереди. Например, «РИЦ-[год]/[номер:4]» даёт номер РИЦ-2026/0042</source>
        <translation>[год] — the letter's year, [номер] — its number within the year, [номер:4] — the same number as four digits with leading zeros. For example, “РИЦ-[год]/[номер:4]” gives РИЦ-2026/0042</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="418"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="428"/>
        <source>Изменять реквизиты центра может администратор</source>
        <translation>Only an administrator can change the centre details</translation>
    </message>
</context>
<context>
    <name>PackageOptions</name>
    <message>
        <location filename="../../forms/package_options.ui" line="9"/>
        <source>Направление в Агентство</source>
        <translation>Referral to the Agency</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="14"/>
        <source>Досье</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="20"/>
        <source>Проект (без номера, с отметкой «ПРОЕКТ», не регистрируется)</source>
        <translation>Draft (no number, marked “DRAFT”, not registered)</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="25"/>
        <source>Подшить файлы документов досье (PDF и изображения)</source>
        <translation>Include the dossier document files (PDF and images)</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="32"/>
        <source>Должность адресата (кому):</source>
        <translation>Addressee&apos;s position (to):</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="40"/>
        <source>Адресат (И.О. Фамилии):</source>
        <translation>Addressee (initials, surname):</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="48"/>
        <source>Обращение:</source>
        <translation>Salutation:</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="56"/>
        <source>Заголовок письма:</source>
        <translation>Letter heading:</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="64"/>
        <source>Ссылка на входящее:</source>
        <translation>Reference to incoming:</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>В ответ на письмо:</source>
        <translation>In reply to letter:</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>на №</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>от</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>Взамен письма:</source>
        <translation>Replaces letter:</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="1"/>
        <source>Неподшитые документы направляются:</source>
        <translation>Documents not bound in are sent:</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="72"/>
        <source>Собственный текст письма:</source>
        <translation>Custom letter text:</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="82"/>
        <source>Пустые поля берутся из реквизитов центра (вкладка «Письмо в Агентство»).</source>
        <translation>Empty fields are taken from the centre details (the “Letter to the Agency” tab).</translation>
    </message>
    <message>
        <location filename="../../forms/package_options.ui" line="84"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>PackageOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="234"/>
        <source>Досье № %1</source>
        <translation>Dossier No. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="240"/>
        <source>Итоговое направление с номером подписывает руководитель</source>
        <translation>The final numbered referral is signed by the supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="251"/>
        <source>Например: И.И. Иванову</source>
        <translation>For example: I.I. Ivanov</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="253"/>
        <source>Сформировать</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="266"/>
        <source>Формируется…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>заявителем в составе заявки на платформе Агентства</source>
        <translation>by the applicant with the application on the Agency's platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>Как документы досье, не подшитые в пакет, попадают в Агентство: печатается в письме и в описи</source>
        <translation>How the dossier documents not bound into the package reach the Agency: printed in the letter and the inventory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>проект письма не заменяет ранее выпущенные</source>
        <translation>a draft letter replaces no issued letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>исх. № %1 от %2 (новое письмо выйдет взамен него)</source>
        <translation>ref. No. %1 of %2 (the new letter replaces it)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>нет: первое письмо по этому досье</source>
        <translation>none: the first letter of this dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="1"/>
        <source>Укажите номер входящего письма, на которое дан ответ, или снимите отметку «В ответ на письмо»</source>
        <translation>Enter the number of the incoming letter being answered, or clear “In reply to letter”</translation>
    </message>
</context>
<context>
    <name>PackageOrganization</name>
    <message>
        <location filename="../../forms/package_organization.ui" line="9"/>
        <source>Реквизиты центра</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="16"/>
        <source>Реквизиты</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="22"/>
        <source>Полное наименование:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="30"/>
        <source>Краткое наименование:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="38"/>
        <source>Юридический адрес:</source>
        <translation>Legal address:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="46"/>
        <source>Почтовый адрес:</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="54"/>
        <source>Телефон:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="62"/>
        <source>Электронная почта:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="70"/>
        <source>Сайт:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="78"/>
        <source>ИНН:</source>
        <translation>INN:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="86"/>
        <source>КПП:</source>
        <translation>KPP:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="94"/>
        <source>ОГРН:</source>
        <translation>OGRN:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="102"/>
        <source>Руководитель (И.О. Фамилия):</source>
        <translation>Director (initials, surname):</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="110"/>
        <source>Должность руководителя:</source>
        <translation>Director&apos;s position:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="118"/>
        <source>Дополнительно на бланке:</source>
        <translation>Extra letterhead text:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="126"/>
        <source>Формат исходящего номера:</source>
        <translation>Outgoing number format:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="137"/>
        <source>Письмо в Агентство</source>
        <translation>Letter to the Agency</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="143"/>
        <source>Должность адресата (в дательном падеже):</source>
        <translation>Addressee&apos;s position (dative case):</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="151"/>
        <source>Адресат (И.О. Фамилии):</source>
        <translation>Addressee (initials, surname):</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="159"/>
        <source>Организация адресата:</source>
        <translation>Addressee&apos;s organisation:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="167"/>
        <source>Адрес адресата:</source>
        <translation>Addressee&apos;s address:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="175"/>
        <source>Обращение:</source>
        <translation>Salutation:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="183"/>
        <source>Заголовок письма:</source>
        <translation>Letter heading:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="191"/>
        <source>Должность подписывающего по умолчанию:</source>
        <translation>Default signatory&apos;s position:</translation>
    </message>
    <message>
        <location filename="../../forms/package_organization.ui" line="201"/>
        <source>Инициалы и фамилию адресата программа не подставляет сама: без них итоговое направление не формируется.</source>
        <translation>The program does not fill in the addressee&apos;s initials and surname itself: without them the final referral cannot be generated.</translation>
    </message>
</context>
<context>
    <name>PackagePreview</name>
    <message>
        <location filename="../../forms/package_preview.ui" line="9"/>
        <source>Просмотр документа</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="16"/>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="27"/>
        <source>Страниц: 0</source>
        <translation>Pages: 0</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="33"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="34"/>
        <source>Уменьшить (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="40"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="41"/>
        <source>Увеличить (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="46"/>
        <source>По ширине</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="70"/>
        <source>Печать…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="75"/>
        <source>Сохранить как…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../forms/package_preview.ui" line="85"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PackageRegister</name>
    <message>
        <location filename="../../forms/package_register.ui" line="9"/>
        <source>Исходящий реестр</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="14"/>
        <source>Зарегистрированные направления в Агентство, новые сверху. Двойной щелчок открывает сохранённый PDF.</source>
        <translation>Registered referrals to the Agency, newest first. Double-click opens the saved PDF.</translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="36"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="41"/>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="42"/>
        <source>Обновить список (F5)</source>
        <translation>Refresh the list (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/package_register.ui" line="52"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/table_model.py" line="192"/>
        <source>По этому столбцу список не сортируется</source>
        <translation>The list cannot be sorted by this column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_model.py" line="245"/>
        <source>без срока</source>
        <translation>no due date</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="121"/>
        <source>Страниц: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="154"/>
        <source>Принтер не готов: проверьте его и повторите печать</source>
        <translation>The printer is not ready: check it and print again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="181"/>
        <source>Печать</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="187"/>
        <source>Отправлено на печать страниц: %1</source>
        <translation>Pages sent to the printer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="192"/>
        <source>Сохранить PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="192"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="202"/>
        <source>Файл «%1» не сохранён: %2</source>
        <translation>The file “%1” was not saved: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="206"/>
        <source>Сохранено: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="56"/>
        <source>Причину можно не указывать.</source>
        <translation>The reason is optional.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="66"/>
        <source>Готово</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="67"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="85"/>
        <source>Причина: укажите причину — без неё действие не выполняется</source>
        <translation>Reason: enter a reason — the action is not performed without it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="87"/>
        <source>Причина: слишком длинный текст — %1 знаков при максимуме %2</source>
        <translation>Reason: the text is too long — %1 characters, the maximum is %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="90"/>
        <source>Дата: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/dialogs.py" line="92"/>
        <source>Дата: укажите дату в формате дд.мм.гггг</source>
        <translation>Date: enter the date as dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="345"/>
        <source>Писем в реестре: %1</source>
        <translation>Letters in the register: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="346"/>
        <source>Реестр пуст</source>
        <translation>The register is empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="351"/>
        <source>Выберите письмо в списке</source>
        <translation>Select a letter in the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="361"/>
        <source>PDF не прочитан: %1</source>
        <translation>Could not read the PDF: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="367"/>
        <source>Направление № %1 от %2</source>
        <translation>Referral No. %1 dated %2</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="373"/>
        <location filename="../../desktop_app/ui/pages.py" line="397"/>
        <source>Введите слова для поиска в поле «Поиск» (Ctrl+F).</source>
        <translation>Type words to search for into the Search box (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="377"/>
        <source>Предприятия</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="381"/>
        <source>Консультации</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="412"/>
        <source>«%1»: предприятий %2, консультаций %3 (показаны первые 100).</source>
        <translation>“%1”: %2 enterprises, %3 consultations (the first 100 are shown).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Открыть весь список…</source>
        <translation>Open the full list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Показать все найденные записи в списке раздела, с сортировкой, экспортом и печатью</source>
        <translation>Show every record found in the section's list, with sorting, export and printing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>«%1»: предприятий %2, консультаций %3.</source>
        <translation>“%1”: enterprises %2, consultations %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>показаны первые %1 из %2</source>
        <translation>showing the first %1 of %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="81"/>
        <source>Войти</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="91"/>
        <source>Введите имя входа.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="105"/>
        <source>Открываю базу данных…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="50"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="54"/>
        <source>Учётная запись «%1»</source>
        <translation>Account “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="65"/>
        <source>Новый пользователь</source>
        <translation>New user</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="127"/>
        <source>активна</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="127"/>
        <source>отключена</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="129"/>
        <source>, заблокирована до %1</source>
        <translation>, locked until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="144"/>
        <source>Выберите пользователя в списке.</source>
        <translation>Select a user in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="120"/>
        <source>Компьютер</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="120"/>
        <source>Вошёл в программу</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="121"/>
        <source>С какого времени</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="121"/>
        <source>Что открыто</source>
        <translation>What is open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="122"/>
        <source>Пользователь системы</source>
        <translation>OS user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_dialog.py" line="158"/>
        <source> (это окно)</source>
        <translation> (this window)</translation>
    </message>
</context>
<context>
    <name>_QuestionRow</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="66"/>
        <source>(необязательный вопрос)</source>
        <translation>(optional question)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="77"/>
        <source>Основание: %1 %2</source>
        <translation>Basis: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="90"/>
        <source>Да</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="90"/>
        <source>Нет</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="91"/>
        <source>Не известно</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/eligibility.py" line="102"/>
        <source>— нет ответа —</source>
        <translation>— no answer —</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/auth.py" line="66"/>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="63"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="279"/>
        <source>Направление № %1 от %2</source>
        <translation>Referral No. %1 dated %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/dialogs.py" line="281"/>
        <source>Проект направления по досье № %1</source>
        <translation>Draft referral for dossier No. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="86"/>
        <source>prefer — шифровать, если сервер это умеет (обычно)</source>
        <translation>prefer — encrypt if the server supports it (usual)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="87"/>
        <source>require — только с шифрованием</source>
        <translation>require — encrypted connections only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="88"/>
        <source>verify-full — шифрование и проверка сертификата сервера</source>
        <translation>verify-full — encryption and server certificate check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="89"/>
        <source>disable — без шифрования (только в защищённой сети центра)</source>
        <translation>disable — no encryption (only on the centre’s secure network)</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="56"/>
        <source>&amp;Администрирование</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="78"/>
        <source>Восстановление</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="79"/>
        <source>База данных восстановлена из резервной копии. Программа закроется; запустите её снова, чтобы работать с восстановленными данными.</source>
        <translation>The database has been restored from a backup. The program will close; start it again to work with the restored data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="89"/>
        <source>Пользователи…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="90"/>
        <source>Журнал событий…</source>
        <translation>Event log…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="91"/>
        <source>Резервные копии и восстановление…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="93"/>
        <source>Проверка базы данных…</source>
        <translation>Database check…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="72"/>
        <source>&amp;Документы</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="80"/>
        <source>Исходящий реестр…</source>
        <translation>Outgoing register…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package/__init__.py" line="82"/>
        <source>Реквизиты центра…</source>
        <translation>Centre details…</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/__init__.py" line="114"/>
        <source>Уничтожения персональных данных…</source>
        <translation>Personal data erasures…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="126"/>
        <source>Профили программ…</source>
        <translation>Programme profiles…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="127"/>
        <source>Объединение баз…</source>
        <translation>Merge databases…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/__init__.py" line="128"/>
        <source>Синхронизировать с сервером…</source>
        <translation>Synchronise with server…</translation>
    </message>
</context>
<context>
    <name>AdminErasures</name>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="14"/>
        <source>Уничтожения персональных данных</source>
        <translation>Personal data erasures</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="20"/>
        <source>Каждое уничтожение хранит свой акт в базе: его можно распечатать снова. Если база восстановлена из копии, сделанной до уничтожения, программа уничтожает данные повторно по журналу уничтожений рядом с базой.</source>
        <translation>Every erasure keeps its act in the database, so it can be printed again. If the database is restored from a copy made before an erasure, the program erases the data again from the erasure ledger kept beside the database.</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="55"/>
        <source>Сохранить акт…</source>
        <translation>Save act…</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/forms/admin_erasures.ui" line="62"/>
        <source>Применить журнал уничтожений</source>
        <translation>Apply erasure ledger</translation>
    </message>
</context>
<context>
    <name>Erasures</name>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="35"/>
        <source>Сохранить акт об уничтожении</source>
        <translation>Save the erasure act</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="36"/>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="43"/>
        <source>%1

Акт № %2 хранится в базе: сохраните его снова (Администрирование → Уничтожения персональных данных).</source>
        <translation>%1

Act No. %2 is kept in the database: save it again (Administration → Personal data erasures).</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="46"/>
        <source>Акт не сохранён</source>
        <translation>Act not saved</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="49"/>
        <source>Печать акта не записана в журнал</source>
        <translation>Printing of the act not logged</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="57"/>
        <source>Уничтожение персональных данных</source>
        <translation>Erasure of personal data</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="58"/>
        <source>Основание уничтожения персональных данных «%1» (например, «отзыв согласия, заявление от 01.02.2026»):</source>
        <translation>Reason for erasing the personal data of «%1» (for example, «consent withdrawn, application of 01.02.2026»):</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="64"/>
        <source>Уничтожить персональные данные «%1» без возможности восстановления?

Фамилия, имя, отчество, должность, телефон и почта будут стёрты; консультации и досье останутся. Акт об уничтожении сохраняется в базе.</source>
        <translation>Erase the personal data of «%1» beyond recovery?

Surname, first name, patronymic, position, phone and e-mail will be wiped; consultations and dossiers stay. The erasure act is kept in the database.</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="73"/>
        <source>Данные не уничтожены</source>
        <translation>Data not erased</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="77"/>
        <source>Персональные данные уничтожены. Акт № %1 сохранён в базе; сохраните его файл для подписи комиссией.</source>
        <translation>Personal data erased. Act No. %1 is kept in the database; save its file for the commission to sign.</translation>
    </message>
</context>
<context>
    <name>ErasuresDialog</name>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>Акт</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="97"/>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="98"/>
        <source>Контактное лицо</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="98"/>
        <source>Предприятие</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="98"/>
        <source>Выполнил(а)</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="99"/>
        <source>Основание</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="111"/>
        <source>Список уничтожений</source>
        <translation>List of erasures</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="123"/>
        <source>%1 (акт не хранится)</source>
        <translation>%1 (act not kept)</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="136"/>
        <source>Уничтожений персональных данных не было.</source>
        <translation>No personal data have been erased.</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="145"/>
        <source>Выберите уничтожение в списке.</source>
        <translation>Select an erasure in the list.</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="147"/>
        <source>Акт не сохранён</source>
        <translation>Act not saved</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="153"/>
        <source>Акт № %1 сохранён: %2</source>
        <translation>Act No. %1 saved: %2</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="157"/>
        <source>Журнал уничтожений не применён</source>
        <translation>Erasure ledger not applied</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="162"/>
        <source>Повторно уничтожены данные контактных лиц: %1. Сохраните их акты.</source>
        <translation>The data of these contact persons have been erased again: %1. Save their acts.</translation>
    </message>
    <message>
        <location filename="../../work/wt2-c/desktop_app/ui/admin/erasures_dialog.py" line="166"/>
        <source>Все уничтожения из журнала применены; повторять нечего.</source>
        <translation>Every erasure in the ledger is applied; nothing to repeat.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Все консультанты</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Все программы</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Грант</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Досье</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Другой период</source>
        <translation>Other period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>ИНН</source>
        <translation>INN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Исх. номер</source>
        <translation>Outgoing no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Итог</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Консультаций: %1, предприятий: %2, направлено: %3</source>
        <translation>Consultations: %1, enterprises: %2, referred: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Направлений в периоде: %1</source>
        <translation>Referrals in the period: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Направления и итоги</source>
        <translation>Referrals and outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Направлено (итоговые письма)</source>
        <translation>Referred (final letters)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт о работе за период</source>
        <translation>Activity report for a period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт о работе</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт сохранён: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Отчёт формируется…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Предприятие</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Проект</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Прошлый год</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Прошлый квартал</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Прошлый месяц</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Реестр направлений</source>
        <translation>Register of referrals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Реестр</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Сохранение отчёта</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Сохранить отчёт</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Сумма гранта</source>
        <translation>Grant amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Текущий год</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Текущий квартал</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Текущий месяц</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_dialog.py"/>
        <source>Формирование отчёта отменено.</source>
        <translation>The report was cancelled.</translation>
    </message>
</context>
<context>
    <name>ReportPeriodForm</name>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Отчёт за период</source>
        <translation>Report for a period</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Период:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>с</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Консультант:</source>
        <translation>Consultant:</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Программа:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Сформировать</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Сохранить в Excel…</source>
        <translation>Save to Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/report_period.ui"/>
        <source>Сохранить в PDF…</source>
        <translation>Save to PDF…</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Выгрузка списка…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Экспорт списка</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список выгружен: %1 (строк: %2)</source>
        <translation>List exported: %1 (rows: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Выгрузка отменена, файл не записан</source>
        <translation>Export cancelled, no file written</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список не выгружен: %1</source>
        <translation>List not exported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>(отбор: «%1»)</source>
        <translation>(filter: “%1”)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Принтер не готов к печати</source>
        <translation>The printer is not ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Стр. %1 из %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Печать списка</source>
        <translation>Print list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Список займёт %1 страниц. Напечатать все страницы или только первые %2?</source>
        <translation>The list takes %1 pages. Print all pages or only the first %2?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Первые %1</source>
        <translation>First %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="1" />
        <source>Все страницы</source>
        <translation>All pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="69"/>
        <source>Отменить</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_output.py" line="123"/>
        <source>Книга Excel (*.xlsx);;Текст CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV text (*.csv)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Досье уже есть</source>
        <translation>Dossier already exists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>У предприятия уже есть открытое досье %1 по этой программе. Открыть его или создать ещё одно?</source>
        <translation>The enterprise already has an open dossier %1 for this programme. Open it or create another one?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Открыть существующее</source>
        <translation>Open the existing one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Создать ещё одно…</source>
        <translation>Create another…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Ещё одно досье</source>
        <translation>Another dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="1" />
        <source>Почему нужно ещё одно открытое досье (запишется в журнал):</source>
        <translation>Why another open dossier is needed (goes to the log):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/__init__.py" line="43"/>
        <source>Досье не открыто</source>
        <translation>Dossier not opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/__init__.py" line="58"/>
        <source>Проверка соответствия не открыта</source>
        <translation>Eligibility check not opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/__init__.py" line="77"/>
        <source>Досье не создано</source>
        <translation>Dossier not created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="46"/>
        <source>Ошибки</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="46"/>
        <source>Предупреждения</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="46"/>
        <source>Сведения</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="60"/>
        <source>Правило подтверждено официальным или надёжным источником</source>
        <translation>The rule is confirmed by an official or reliable source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="61"/>
        <source>Правило известно из новостей или вторичных источников</source>
        <translation>The rule is known from news or secondary sources</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="62"/>
        <source>Правило — допущение, никем не подтверждённое: проверьте его по действующим документам программы</source>
        <translation>The rule is an unconfirmed assumption: check it against the programme’s current documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="75"/>
        <source>обязательный</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="76"/>
        <source>при условии</source>
        <translation>conditional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="77"/>
        <source>рекомендуемый</source>
        <translation>recommended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="78"/>
        <source>необязательный</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/common.py" line="171"/>
        <source>сумма не может быть отрицательной</source>
        <translation>the amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/second_dossier.py" line="27"/>
        <source>№ %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="18"/>
        <source>Готово к направлению</source>
        <translation>Ready for referral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="19"/>
        <source>Вернуть в черновик</source>
        <translation>Return to draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="20"/>
        <source>Направлено в Агентство</source>
        <translation>Referred to the Agency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="21"/>
        <source>Заявка подана</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="22"/>
        <source>Одобрено</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="23"/>
        <source>Отклонено</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="24"/>
        <source>Отозвать досье</source>
        <translation>Withdraw dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/status_actions.py" line="25"/>
        <source>Соглашение заключено</source>
        <translation>Agreement signed</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Все статусы</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Новое досье…</source>
        <translation>New dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Открыть досье предприятия по программе</source>
        <translation>Open a dossier of an enterprise for a programme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Все консультанты</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="1" />
        <source>Все программы</source>
        <translation>All programmes</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Новое досье</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Наименование, ИНН или ОГРН…</source>
        <translation>Name, INN or OGRN…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Предприятие:</source>
        <translation>Enterprise:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Программа:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="1" />
        <source>Выбрано: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="35"/>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="74"/>
        <source>Предприятие не выбрано</source>
        <translation>No enterprise selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dossier/new_dossier.py" line="46"/>
        <source>Создать</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>«%1» — не дата: ожидается дд.мм.гггг, например 01.03.2026</source>
        <translation>“%1” is not a date: dd.mm.yyyy expected, for example 01.03.2026</translation>
    </message>
    <message>
        <source>«%1» — такой даты в календаре нет</source>
        <translation>“%1” is not a calendar date</translation>
    </message>
    <message>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Введите дату с клавиатуры (дд.мм.гггг) или выберите её в календаре</source>
        <translation>Type the date (dd.mm.yyyy) or pick it in the calendar</translation>
    </message>
    <message>
        <source>; пустое поле — дата не указана</source>
        <translation>; leave it empty when there is no date</translation>
    </message>
    <message>
        <source>Выбрать в календаре</source>
        <translation>Pick in the calendar</translation>
    </message>
    <message>
        <source>укажите дату</source>
        <translation>enter a date</translation>
    </message>
</context>
<context>
    <name>DossierDocumentDetailsForm</name>
    <message>
        <source>Сведения о документе</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Номер</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Дата выдачи</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Действует до</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>Сведения о документе</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>Вид документа: %1</source>
        <translation>Document type: %1</translation>
    </message>
    <message>
        <source>Дата выдачи</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Действует до</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Действует до: срок действия раньше даты выдачи</source>
        <translation>Valid until: the validity ends before the date of issue</translation>
    </message>
</context>
<context>
    <name>EditConflictForm</name>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="9"/>
        <source>Запись изменена другим пользователем</source>
        <translation>Record changed by another user</translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="20"/>
        <source>Посмотрите, что изменилось, и решите: записать свои значения поверх сохранённых или загрузить сохранённые, отказавшись от своих. Esc — вернуться к правке.</source>
        <translation>Look at what changed and decide: write your values over the saved ones, or load the saved ones and drop yours. Esc returns to editing.</translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="36"/>
        <source>Посмотреть изменения</source>
        <translation>View changes</translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="37"/>
        <source>Показать по полям сохранённые значения рядом с вашими</source>
        <translation>Show the saved values beside yours, field by field</translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="48"/>
        <source>Перезаписать</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="49"/>
        <source>Записать ваши значения поверх сохранённых другим пользователем</source>
        <translation>Write your values over those saved by the other user</translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="54"/>
        <source>Отменить мои изменения</source>
        <translation>Discard my changes</translation>
    </message>
    <message>
        <location filename="../../forms/edit_conflict.ui" line="55"/>
        <source>Отказаться от своих изменений и загрузить сохранённые значения</source>
        <translation>Drop your changes and load the saved values</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="71"/>
        <source>Сохранено (%1)</source>
        <translation>Saved (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="71"/>
        <source>Сохранено</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="73"/>
        <source>Поле</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="73"/>
        <source>Ваше значение</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="84"/>
        <source>Значения полей, которые вы правите, совпадают; изменилось другое (например, статус или документы).</source>
        <translation>The fields you are editing hold the same values; something else changed (for example the status or the documents).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="99"/>
        <source>Скрыть изменения</source>
        <translation>Hide changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/edit_conflict.py" line="5"/>
        <source>Посмотреть изменения</source>
        <translation>View changes</translation>
    </message>
</context>
<context>
    <name>AdminProfiles</name>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="14"/>
        <source>Профили программ</source>
        <translation>Programme profiles</translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="20"/>
        <source>Профиль программы описывает вопросы предварительной проверки, документы и правила. Новый профиль проверяется целиком, прежде чем будет установлен; досье проверяются по последней версии профиля своей программы.</source>
        <translation>A programme profile describes the pre-screening questions, documents and rules. A new profile is checked in full before it is installed; dossiers are checked against the latest profile version of their programme.</translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="37"/>
        <source>Код</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="42"/>
        <source>Версия</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="47"/>
        <source>Действует с</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="52"/>
        <source>Программа</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="75"/>
        <source>Установить из файла…</source>
        <translation>Install from file…</translation>
    </message>
    <message>
        <location filename="../../forms/admin_profiles.ui" line="89"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="118"/>
        <source>Подключиться</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="171"/>
        <source>Файл базы данных</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="172"/>
        <source>База данных (*.sqlite3 *.sqlite *.db);;Все файлы (*)</source>
        <translation>Database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="182"/>
        <source>Укажите файл базы данных или нажмите «По умолчанию».</source>
        <translation>Specify a database file or press “Default”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="214"/>
        <source>Проверяю подключение…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="243"/>
        <source>Сервер требует пароль пользователя «%1»: введите его в поле «Пароль» (или задайте PGPASSWORD либо файл pgpass).</source>
        <translation>The server requires the password of user “%1”: enter it in the “Password” field (or set PGPASSWORD or a pgpass file).</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="6"/>
        <source>Подключение к базе данных</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="10"/>
        <source>Где хранятся данные, с которыми работает программа на этом компьютере.</source>
        <translation>Where the data this program works with on this computer is kept.</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="16"/>
        <source>Локальная база на этом компьютере</source>
        <translation>Local database on this computer</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="32"/>
        <source>Выбрать…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="37"/>
        <source>По умолчанию</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="38"/>
        <source>Файл базы в папке данных программы</source>
        <translation>Database file in the program’s data folder</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="45"/>
        <source>Один консультант на одном компьютере. Файл не держат на сетевом диске и в папке облачной синхронизации.</source>
        <translation>One consultant on one computer. Do not keep the file on a network drive or in a cloud-synced folder.</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="47"/>
        <location filename="../../forms/connection_dialog.ui" line="126"/>
        <source>color: #555555;</source>
        <translation>color: #555555;</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="55"/>
        <source>Сервер центра</source>
        <translation>Centre server</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="67"/>
        <source>Сервер:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="71"/>
        <source>имя или адрес, например db.centre.local</source>
        <translation>name or address, e.g. db.centre.local</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="76"/>
        <source>Порт:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="85"/>
        <source>База данных:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="94"/>
        <source>Пользователь:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="98"/>
        <source>пользователь сервера, выданный администратором</source>
        <translation>server user given by the administrator</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="103"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="113"/>
        <source>Шифрование:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="124"/>
        <source>Пароль нужен только для этого подключения и нигде не сохраняется. Его можно не вводить, если он задан в переменной окружения PGPASSWORD или в файле pgpass.</source>
        <translation>The password is used only for this connection and is not stored anywhere. Leave it empty if it is set in the PGPASSWORD environment variable or in a pgpass file.</translation>
    </message>
    <message>
        <location filename="../../forms/connection_dialog.ui" line="136"/>
        <source>Проверить подключение</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="86"/>
        <source>prefer — шифровать, если сервер это умеет (обычно)</source>
        <translation>prefer — encrypt if the server supports it (usual)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="87"/>
        <source>require — только с шифрованием</source>
        <translation>require — encrypted connections only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="88"/>
        <source>verify-full — шифрование и проверка сертификата сервера</source>
        <translation>verify-full — encryption and server certificate check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="89"/>
        <source>disable — без шифрования (только в защищённой сети центра)</source>
        <translation>disable — no encryption (only on the centre’s secure network)</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="238"/>
        <source>Синхронизация с сервером</source>
        <translation>Synchronise with server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="241"/>
        <source>Адрес сервера центра (postgresql://…):</source>
        <translation>Centre server address (postgresql://…):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="246"/>
        <source>Ваш пароль на сервере:</source>
        <translation>Your password on the server:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="249"/>
        <source>Синхронизация не выполнена</source>
        <translation>Synchronisation failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="256"/>
        <source>Работа этого компьютера → сервер:</source>
        <translation>This computer’s work → server:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="258"/>
        <source>Данные сервера → этот компьютер:</source>
        <translation>Server data → this computer:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="58"/>
        <source>Объединение баз данных</source>
        <translation>Merge databases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="62"/>
        <source>Перенос в эту базу данных другого рабочего места или ноутбука: предприятия, консультации, досье с документами, исходящий реестр и журнал событий. Источник не изменяется. Сначала нажмите «Проверить»: ничего не записывается, показываются план и конфликты.</source>
        <translation>Brings another workstation’s or laptop’s data into this database: enterprises, consultations, dossiers with documents, the outgoing register and the event log. The source is not changed. Press “Check” first: nothing is written; the plan and the conflicts are shown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="69"/>
        <source>Источник:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="73"/>
        <source>файл базы .sqlite3 или адрес сервера postgresql://…</source>
        <translation>.sqlite3 database file or postgresql://… server address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="75"/>
        <source>Файл…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="78"/>
        <source>Проверить</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="84"/>
        <source>Переносить, даже если журнал событий источника повреждён (будет записано в журнал событий)</source>
        <translation>Merge even if the source’s event log is damaged (this is recorded in the event log)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="93"/>
        <source>Конфликты: по умолчанию остаётся значение этой базы, значение источника записывается в журнал событий. Отметьте поля, для которых нужно взять значение источника.</source>
        <translation>Conflicts: by default this database keeps its value and the source value goes to the event log. Tick the fields that should take the source value.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="101"/>
        <source>Взять из источника</source>
        <translation>Take from source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="101"/>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="101"/>
        <source>Поле</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="102"/>
        <source>В этой базе</source>
        <translation>In this database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="102"/>
        <source>В источнике</source>
        <translation>In the source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="113"/>
        <source>Объединить</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="118"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="125"/>
        <source>База данных рабочего места</source>
        <translation>Workstation database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="126"/>
        <source>База данных (*.sqlite3 *.sqlite *.db);;Все файлы (*)</source>
        <translation>Database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="134"/>
        <source>Укажите источник: файл базы данных или адрес сервера.</source>
        <translation>Specify the source: a database file or a server address.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="151"/>
        <source>Проверка источника и план объединения…</source>
        <translation>Checking the source and planning the merge…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="154"/>
        <source>Проверка не выполнена</source>
        <translation>Check failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="202"/>
        <source>Перенести источник в эту базу одной операцией? Конфликтов: %1, из них значение источника берётся в %2; в остальных остаётся значение этой базы.</source>
        <translation>Merge the source into this database in a single operation? Conflicts: %1; the source value is taken in %2 of them, the rest keep this database’s value.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="213"/>
        <source>Объединение: запись одной операцией…</source>
        <translation>Merging: writing in a single operation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/merge_dialog.py" line="216"/>
        <source>Объединение не выполнено, ничего не записано</source>
        <translation>Merge failed; nothing was written</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="276"/>
        <source>Нужен пароль для подключения: %1.</source>
        <translation>A password is needed to connect: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connection.py" line="281"/>
        <source>Подключиться</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="39"/>
        <source>Устанавливать профили может администратор</source>
        <translation>Only an administrator can install profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="53"/>
        <source>Не загружены:</source>
        <translation>Not loaded:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="61"/>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="77"/>
        <source>Профиль не установлен: %1</source>
        <translation>Profile not installed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="65"/>
        <source>Установить профиль «%1», версия %2 (действует с %3)?

Вопросов: %4, видов документов: %5, правил: %6, из них на допущениях: %7.</source>
        <translation>Install profile “%1”, version %2 (effective from %3)?

Questions: %4, document types: %5, rules: %6, of which based on assumptions: %7.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="71"/>
        <source>Установка профиля</source>
        <translation>Installing a profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="80"/>
        <source>Установлен профиль «%1», версия %2</source>
        <translation>Installed profile “%1”, version %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="87"/>
        <source>Файл профиля программы</source>
        <translation>Programme profile file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/profiles_dialog.py" line="87"/>
        <source>Профили программ (*.toml)</source>
        <translation>Programme profiles (*.toml)</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <location filename="../../forms/server_password.ui" line="6"/>
        <source>Пароль для сервера</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="18"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="30"/>
        <source>Пароль нигде не сохраняется. Чтобы не вводить его при каждом запуске, задайте его в переменной окружения PGPASSWORD или в файле pgpass.</source>
        <translation>The password is not stored anywhere. To avoid typing it at every start, set it in the PGPASSWORD environment variable or in a pgpass file.</translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="32"/>
        <source>color: #555555;</source>
        <translation>color: #555555;</translation>
    </message>
    <message>
        <location filename="../../forms/server_password.ui" line="39"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="67"/>
        <source>Подключение…</source>
        <translation>Connection…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="69"/>
        <source>Выход</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="50"/>
        <source>Действие не выполнено из-за внутренней ошибки программы; подробности записаны в журнал работы программы</source>
        <translation>The action failed because of an internal program error; details are in the program log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="104"/>
        <source>Ошибка</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="48"/>
        <source>не удалось прочитать или записать файл (%1)</source>
        <translation>could not read or write the file (%1)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="47"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="48"/>
        <location filename="../../desktop_app/ui/forms.py" line="88"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="49"/>
        <source>ОК</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="67"/>
        <source>Данных пока нет.</source>
        <translation>No data yet.</translation>
    </message>
</context>
<context>
    <name>ColumnChart</name>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="315"/>
        <source>Всего: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Руководство пользователя</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Содержание</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
