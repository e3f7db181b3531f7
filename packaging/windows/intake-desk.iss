; Inno Setup 6 script: a per-user installer for Windows (no administrator rights needed).
;   iscc /DAppVersion=0.1.0 packaging\windows\intake-desk.iss
; It packs dist\intake-desk\ (PyInstaller onedir: intake-desk.exe for the window, intake-desk-cli.exe for
; the command line) into dist\IntakeDesk-<version>-setup.exe.
; - Installs into %LOCALAPPDATA%\Programs\Intake Desk for the current user; IT can choose "for all users"
;   in the dialog or with /ALLUSERS (then Program Files, with administrator rights).
; - Start-menu entry (and, if asked, a desktop shortcut); an uninstaller under Apps & features.
; - The advisor's data is NOT in the installation folder: it lives in %LOCALAPPDATA%\IntakeDesk
;   (platformdirs; see README "Installing"), which neither an update nor the uninstaller touches.
; NOT TESTED HERE: these machines are Linux. The release workflow (.github/workflows/release.yml) builds
; it on windows-latest and runs the smoke test on the installed app.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\intake-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; AppId identifies the app across versions (updates replace, the uninstaller finds it): never change it.
AppId={{5B0E8C2A-6F1D-4C3B-9A57-1E2D3C4B5A60}
AppName=Intake Desk
AppVersion={#AppVersion}
AppVerName=Intake Desk {#AppVersion}
AppPublisher=Intake Desk
DefaultDirName={autopf}\Intake Desk
DefaultGroupName=Intake Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=IntakeDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\intake-desk.ico
UninstallDisplayIcon={app}\intake-desk.exe
UninstallDisplayName=Intake Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must be closed to update it (its files are in use while it runs).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DesktopIcon=Snelkoppeling op het bureaublad
en.DesktopIcon=Desktop shortcut
nl.LaunchNow=Intake Desk nu starten
en.LaunchNow=Start Intake Desk now

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle as a whole: files an older version had, and this one does not, go.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Intake Desk"; Filename: "{app}\intake-desk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Intake Desk"; Filename: "{app}\intake-desk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\intake-desk.exe"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent
