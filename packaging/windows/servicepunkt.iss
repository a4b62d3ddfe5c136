; Inno Setup 6 script (UTF-8 with BOM, so ISCC reads the Swedish messages right) for Servicepunkt's Windows installer (per user, no admin rights).
;
; Build (on Windows, after PyInstaller made dist\Servicepunkt\Servicepunkt.exe from build.spec;
; set up with "py -3.11 scripts\bootstrap.py setup", which installs requirements.lock with
; pip --require-hashes, PyInstaller included, then ".venv\Scripts\pyinstaller --noconfirm --clean build.spec"):
;
;   ISCC.exe /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 packaging\windows\servicepunkt.iss
;
; .github/workflows/installers.yml does exactly that, with the version from pyproject.toml.
; Result: dist\Servicepunkt-<version>-setup.exe. Needs Inno Setup 6.3 or newer and its Swedish
; messages file (Languages\Swedish.isl; the workflow fetches it if the installation lacks it).
;
; What it does (docs/INSTALL.md, "Windows"):
; - installs for the current user only, into %LOCALAPPDATA%\Programs\Servicepunkt, without
;   asking for administrator rights;
; - a Start-menu shortcut, and a desktop shortcut if the user ticks it;
; - Swedish and English wizard, chosen from Windows' display language;
; - the licences come with the program: {app}\_internal\resources\licenses\ (LICENSE, the
;   generated THIRD-PARTY-LICENSES.txt with Qt's LGPL notice, the GNU LGPL and GPL texts), and
;   Help → About → Licences… shows them; Servicepunkt.exe carries a version resource (build.spec);
; - the uninstaller removes the program but keeps the user's data in
;   %LOCALAPPDATA%\Servicepunkt (database, backups, settings, logs) unless the user answers
;   Yes to its question, or an administrator passes /PURGEDATA to a silent uninstall.
;
; Silent:   Servicepunkt-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;           "%LOCALAPPDATA%\Programs\Servicepunkt\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/PURGEDATA]

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z /DAppNumericVersion=x.y.z.0 servicepunkt.iss
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#define AppName "Servicepunkt"
#define AppExeName "Servicepunkt.exe"
#define SourceDir "..\..\dist\Servicepunkt"
#define IconFile "..\..\resources\icons\servicepunkt.ico"

#if !FileExists(AddBackslash(SourceDir) + AppExeName)
  #error dist\Servicepunkt\Servicepunkt.exe is missing: build it first with PyInstaller (build.spec)
#endif
#if !FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
  #error Inno Setup's Languages\Swedish.isl is missing (see the comment at the top of this file)
#endif

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{4130E4A2-EF11-4104-AD62-E9A3EF385A85}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Servicepunkt-teamet
AppCopyright=© 2026 Servicepunkt-teamet
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per user, without administrator rights ({localappdata}\Programs is what {userpf} means).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Qt 6 runs on 64-bit Windows 10 and newer.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Close a running Servicepunkt (Restart Manager) before files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
swedish.RemoveDataQuestion=Vill du också radera dina Servicepunkt-data i%n%1?%n%nDär finns databasen med dina anteckningar, säkerhetskopiorna, inställningarna och loggfilerna.%n%nVälj Nej för att behålla dem, till exempel om du ska installera Servicepunkt igen.
english.RemoveDataQuestion=Also delete your Servicepunkt data in%n%1?%n%nThat folder holds the database with your notes, the backups, the settings and the log files.%n%nChoose No to keep it, for example if you will install Servicepunkt again.
swedish.DataKept=Dina Servicepunkt-data finns kvar i %1.
english.DataKept=Your Servicepunkt data is kept in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The program folder, once empty. The user's data in %LOCALAPPDATA%\Servicepunkt is a
; separate folder, handled in [Code] below.
Type: dirifempty; Name: "{app}"

[Code]
{ The user's data: the per-user folder platformdirs gives the app on Windows
  (servicepunkt_gui/core/paths.py: database, backups, settings.ini, Logs). }
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Servicepunkt');
end;

{ True if the uninstaller was started with /PURGEDATA (for silent uninstalls by IT). }
function PurgeDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := UserDataDir();
  if not DirExists(DataDir) then
    Exit;
  if UninstallSilent() then
    { Silent: keep the data unless IT asked for /PURGEDATA. }
    Remove := PurgeDataRequested()
  else
    { Interactive: ask; No is the default answer (also under /SUPPRESSMSGBOXES). }
    Remove := SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  if Remove then
  begin
    if not DelTree(DataDir, True, True, True) then
      Log('Could not remove ' + DataDir);
  end
  else
    Log(FmtMessage(CustomMessage('DataKept'), [DataDir]));
end;
