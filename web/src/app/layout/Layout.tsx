import { Footer, Header, Logo, LogoSize } from 'hds-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { LANGUAGES } from '../catalogues';
import { isLanguage } from '../i18n';
import { navigationFor } from '../navigation';
import { serviceConfig } from '../service-config';
import { IdleWarning } from '../session/IdleWarning';
import { useSession } from '../session/SessionProvider';
import { useLanguageChoice } from './useLanguageChoice';

const LANGUAGE_OPTIONS = LANGUAGES.map((value) => ({
  value,
  label: { fi: 'Suomi', sv: 'Svenska', en: 'English' }[value],
  isPrimary: true,
}));

/**
 * On a phone, Escape in HDS's navigation menu closes it through HDS's own key handler, which leaves focus on a link
 * no longer shown and the menu empty when opened again (hds-react 5.2). So Escape is handled here first, the way a
 * click on the menu button closes it: the button is clicked, and focus is put on it, as a closed disclosure should.
 */
function useMenuFocusReturn(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      const button = document.querySelector<HTMLButtonElement>('header button[aria-controls="hds-mobile-menu"]');
      if (!button || button.getAttribute('aria-expanded') !== 'true') return;
      event.preventDefault();
      event.stopPropagation();
      button.click();
      button.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
}

/**
 * HDS's header takes its language once (defaultLanguage) and then follows only its own selector. When the language
 * changes otherwise (a signed-in user's preferred language taking over), the header is drawn anew so that its
 * selector marks the page's language; a choice made in the selector itself keeps the header, and the focus in it.
 */
function useHeaderFollowingLanguage(language: string): { key: number; chosenInHeader: (language: string) => void } {
  const [key, setKey] = useState(0);
  const shown = useRef(language);
  useEffect(() => {
    if (language === shown.current) return;
    shown.current = language;
    setKey((current) => current + 1);
  }, [language]);
  const chosenInHeader = useCallback((chosen: string) => {
    shown.current = chosen;
  }, []);
  return useMemo(() => ({ key, chosenInHeader }), [key, chosenInHeader]);
}

/** The page frame: header (service name, navigation of the signed-in role, language, sign-out), main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const chooseLanguage = useLanguageChoice();
  const headerKey = useHeaderFollowingLanguage(i18n.language);
  const onLanguage = useCallback(
    (language: string) => {
      if (!isLanguage(language)) return;
      headerKey.chosenInHeader(language);
      void chooseLanguage(language);
    },
    [chooseLanguage, headerKey],
  );
  const logo = <Logo src={serviceConfig.logoUrl} alt="" aria-hidden size={LogoSize.Medium} />;
  const navigation = session.user ? navigationFor(session.user.role) : [];
  // The menu marks where the person is: the longest link that the address starts with (an offer is under offers).
  const { pathname } = useLocation();
  const current = navigation
    .map((item) => item.to)
    .filter((to) => pathname === to || pathname.startsWith(`${to}/`))
    .sort((a, b) => b.length - a.length)[0];
  useFocusOnNavigation();
  useMenuFocusReturn();

  return (
    <div className="app">
      <Header
        key={headerKey.key}
        defaultLanguage={i18n.language}
        languages={LANGUAGE_OPTIONS}
        onDidChangeLanguage={onLanguage}
      >
        <Header.SkipLink skipTo="#main" label={t('app.skipToContent')} />
        <Header.ActionBar
          title={serviceConfig.name}
          titleHref="/"
          logoHref="/"
          logo={logo}
          logoAriaLabel={t('app.frontPage', { service: serviceConfig.name })}
          frontPageLabel={t('app.frontPageShort')}
          menuButtonLabel={t('app.menu')}
          menuButtonAriaLabel={t('app.menu')}
          onTitleClick={(event) => {
            event.preventDefault();
            void navigate('/');
          }}
          onLogoClick={(event) => {
            event.preventDefault();
            void navigate('/');
          }}
        >
          <Header.LanguageSelector aria-label={t('app.language')} />
        </Header.ActionBar>
        {session.user && (
          // Sign-out is the menu's last link: HDS's action bar has no room for it on a phone.
          <Header.NavigationMenu>
            {navigation.map((item) => (
              <Header.Link
                key={item.to}
                as={NavLink}
                to={item.to}
                end
                active={item.to === current}
                label={t(item.label)}
              />
            ))}
            <Header.Link as={NavLink} to="/sign-out" label={t('app.signOut')} />
          </Header.NavigationMenu>
        )}
      </Header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <AppFooter />
      <IdleWarning />
    </div>
  );
}

function AppFooter() {
  const { t } = useTranslation();
  const links = [
    serviceConfig.contactUrl && { href: serviceConfig.contactUrl, label: t('footer.contact') },
    serviceConfig.accessibilityUrl && { href: serviceConfig.accessibilityUrl, label: t('footer.accessibility') },
  ].filter((link): link is { href: string; label: string } => Boolean(link));
  return (
    <Footer title={serviceConfig.name} footerProps={{ 'aria-label': t('footer.label') }}>
      {links.length > 0 && (
        <Footer.Utilities>
          {links.map((link) => (
            <Footer.Link key={link.href} as="a" href={link.href} label={link.label} />
          ))}
        </Footer.Utilities>
      )}
      <Footer.Base
        logo={<Logo src={serviceConfig.logoUrl} alt="" aria-hidden size={LogoSize.Medium} />}
        copyrightHolder={serviceConfig.operator || serviceConfig.name}
        copyrightText={t('footer.rights')}
        backToTopLabel={t('footer.backToTop')}
      />
    </Footer>
  );
}

/**
 * After a client-side navigation, focus moves to the page's main heading (or main), as a page load would put a
 * screen reader at the top; the first load keeps the browser's own focus. A page whose heading is not there yet (a
 * role's chunk still loading) gets main first and the heading as soon as it appears.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const focusHeading = (): boolean => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focusHeading() || !main) return;
    main.focus();
    const observer = new MutationObserver(() => {
      // Only while nothing else took focus meanwhile (the person may already be typing).
      if (document.activeElement !== main || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [pathname]);
}
